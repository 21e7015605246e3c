package org.torito.test.corpus;

import org.torito.test.corpus.objects.AbstractTemplates;
import org.torito.test.corpus.objects.AnonymousClasses;
import org.torito.test.corpus.objects.ArrayCovariance;
import org.torito.test.corpus.objects.BinaryTrees;
import org.torito.test.corpus.objects.CastFailures;
import org.torito.test.corpus.objects.ConstructorChains;
import org.torito.test.corpus.objects.DefaultMethods;
import org.torito.test.corpus.objects.Enums;
import org.torito.test.corpus.objects.ExpressionVisitor;
import org.torito.test.corpus.objects.FieldDefaults;
import org.torito.test.corpus.objects.GenericBoxes;
import org.torito.test.corpus.objects.HashTables;
import org.torito.test.corpus.objects.Hiding;
import org.torito.test.corpus.objects.Identity;
import org.torito.test.corpus.objects.InitializerOrder;
import org.torito.test.corpus.objects.InnerClasses;
import org.torito.test.corpus.objects.InstanceofChains;
import org.torito.test.corpus.objects.InterfaceLevels;
import org.torito.test.corpus.objects.JaggedArrays;
import org.torito.test.corpus.objects.LinkedLists;
import org.torito.test.corpus.objects.NestedPrivates;
import org.torito.test.corpus.objects.OverloadResolution;
import org.torito.test.corpus.objects.StackMachine;
import org.torito.test.corpus.objects.SuperCalls;
import org.torito.test.corpus.objects.SynchronizedObjects;
import org.torito.test.corpus.objects.TrafficStates;
import org.torito.test.corpus.objects.PrivateInterfaceMethods;
import org.torito.test.corpus.objects.SuperCallToInheritedDefault;
import org.torito.test.corpus.objects.InterfaceInitialization;
import org.torito.test.corpus.objects.SelectorCollision;
import org.torito.test.support.Out;

/**
 * The objects area of the differential corpus (fields, constructors, initializer order, dispatch, interfaces,
 * nested, inner and anonymous classes, arrays of objects, casts and hand-written data structures): runs every
 * program of {@code org.torito.test.corpus.objects} in one boot, each after its {@code === name} line, so that a
 * mismatch names the program. {@link CorpusTest} checks that no program of the package is left out.
 */
public final class ObjectsCorpus {
    private ObjectsCorpus() {
    }

    public static void main(String[] args) {
        Out.println("=== AbstractTemplates");
        AbstractTemplates.main(args);
        Out.println("=== AnonymousClasses");
        AnonymousClasses.main(args);
        Out.println("=== ArrayCovariance");
        ArrayCovariance.main(args);
        Out.println("=== BinaryTrees");
        BinaryTrees.main(args);
        Out.println("=== CastFailures");
        CastFailures.main(args);
        Out.println("=== ConstructorChains");
        ConstructorChains.main(args);
        Out.println("=== DefaultMethods");
        DefaultMethods.main(args);
        Out.println("=== Enums");
        Enums.main(args);
        Out.println("=== ExpressionVisitor");
        ExpressionVisitor.main(args);
        Out.println("=== FieldDefaults");
        FieldDefaults.main(args);
        Out.println("=== GenericBoxes");
        GenericBoxes.main(args);
        Out.println("=== HashTables");
        HashTables.main(args);
        Out.println("=== Hiding");
        Hiding.main(args);
        Out.println("=== Identity");
        Identity.main(args);
        Out.println("=== InitializerOrder");
        InitializerOrder.main(args);
        Out.println("=== InnerClasses");
        InnerClasses.main(args);
        Out.println("=== InstanceofChains");
        InstanceofChains.main(args);
        Out.println("=== InterfaceLevels");
        InterfaceLevels.main(args);
        Out.println("=== JaggedArrays");
        JaggedArrays.main(args);
        Out.println("=== LinkedLists");
        LinkedLists.main(args);
        Out.println("=== NestedPrivates");
        NestedPrivates.main(args);
        Out.println("=== OverloadResolution");
        OverloadResolution.main(args);
        Out.println("=== StackMachine");
        StackMachine.main(args);
        Out.println("=== SuperCalls");
        SuperCalls.main(args);
        Out.println("=== SynchronizedObjects");
        SynchronizedObjects.main(args);
        Out.println("=== TrafficStates");
        TrafficStates.main(args);
        Out.println("=== PrivateInterfaceMethods");
        PrivateInterfaceMethods.main(args);
        Out.println("=== SuperCallToInheritedDefault");
        SuperCallToInheritedDefault.main(args);
        Out.println("=== InterfaceInitialization");
        InterfaceInitialization.main(args);
        Out.println("=== SelectorCollision");
        SelectorCollision.main(args);
    }
}
