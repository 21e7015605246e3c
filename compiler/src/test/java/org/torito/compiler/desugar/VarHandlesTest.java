package org.torito.compiler.desugar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.FieldInsnNode;
import org.objectweb.asm.tree.InsnNode;
import org.objectweb.asm.tree.LdcInsnNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.VarInsnNode;

/** The VarHandle desugaring: what replaces factories and accesses, and what it refuses. */
class VarHandlesTest {
    /** Collects generated classes, and loads them on the host. */
    static final class Collector extends ClassLoader implements GeneratedClasses {
        final Map<String, byte[]> classes = new HashMap<>();

        @Override
        public void define(String internalName, byte[] classFile) {
            classes.put(internalName, classFile);
        }

        @Override
        public String simpleName(String internalName) {
            return internalName;
        }

        Class<?> load(String internalName) {
            byte[] bytes = classes.get(internalName);
            return defineClass(internalName.replace('/', '.'), bytes, 0, bytes.length);
        }
    }

    private static MethodNode method(AbstractInsnNode... insns) {
        MethodNode m = new MethodNode(Opcodes.ACC_STATIC, "m", "()V", null, null);
        for (AbstractInsnNode insn : insns) {
            m.instructions.add(insn);
        }
        return m;
    }

    @Test
    void access_becomesACallOfAGeneratedMethodWithTheHandleInFront() {
        MethodInsnNode site = new MethodInsnNode(Opcodes.INVOKEVIRTUAL, "java/lang/invoke/VarHandle", "compareAndSet",
                "(Ljava/util/concurrent/atomic/AtomicReference;Ljava/lang/Object;Ljava/lang/Object;)Z", false);
        MethodNode m = method(site, new InsnNode(Opcodes.RETURN));
        Collector generated = new Collector();
        Map<AbstractInsnNode, AbstractInsnNode> origins = new IdentityHashMap<>();

        VarHandles.rewrite(m, generated, origins);

        MethodInsnNode call = (MethodInsnNode) m.instructions.getFirst();
        assertEquals(Opcodes.INVOKESTATIC, call.getOpcode());
        assertEquals("(Ljava/lang/Object;Ljava/util/concurrent/atomic/AtomicReference;Ljava/lang/Object;"
                + "Ljava/lang/Object;)Z", call.desc);
        assertTrue(generated.classes.containsKey(call.owner), call.owner);
        assertEquals(site, origins.get(call), "the call keeps the site's line and bytecode offset");
    }

    @Test
    void modeWithoutAnUnsafeOperation_throwsNamingTheModeWhenCalled() throws ReflectiveOperationException {
        MethodInsnNode site = new MethodInsnNode(Opcodes.INVOKEVIRTUAL, "java/lang/invoke/VarHandle", "getAndAdd",
                "(Ljava/lang/Object;Ljava/lang/String;)Ljava/lang/String;", false);
        MethodNode m = method(site, new InsnNode(Opcodes.RETURN));
        Collector generated = new Collector();

        VarHandles.rewrite(m, generated, new IdentityHashMap<>());

        MethodInsnNode call = (MethodInsnNode) m.instructions.getFirst();
        Method access = generated.load(call.owner).getMethod("getAndAdd", Object.class, Object.class, String.class);
        access.setAccessible(true); // the generated class is package-private
        InvocationTargetException e = assertThrows(InvocationTargetException.class,
                () -> access.invoke(null, null, null, "x"));
        assertTrue(e.getCause() instanceof UnsupportedOperationException);
        assertTrue(e.getCause().getMessage().contains("VarHandle.getAndAdd(Ljava/lang/Object;Ljava/lang/String;)"
                + "Ljava/lang/String; is not supported"), e.getCause().getMessage());
    }

    @Test
    void staticHandleFactory_readsTheFieldFirstSoThatItIsLaidOut() {
        MethodInsnNode factory = new MethodInsnNode(Opcodes.INVOKEVIRTUAL, "java/lang/invoke/MethodHandles$Lookup",
                "findStaticVarHandle", "(Ljava/lang/Class;Ljava/lang/String;Ljava/lang/Class;)"
                + "Ljava/lang/invoke/VarHandle;", false);
        LdcInsnNode owner = new LdcInsnNode(Type.getObjectType("p/Pool"));
        MethodNode m = method(new VarInsnNode(Opcodes.ALOAD, 0), owner, new LdcInsnNode("poolIds"),
                new FieldInsnNode(Opcodes.GETSTATIC, "java/lang/Integer", "TYPE", "Ljava/lang/Class;"), factory,
                new InsnNode(Opcodes.RETURN));

        VarHandles.rewrite(m, new Collector(), new IdentityHashMap<>());

        AbstractInsnNode read = owner.getPrevious().getPrevious();
        assertTrue(read instanceof FieldInsnNode f && f.getOpcode() == Opcodes.GETSTATIC && f.owner.equals("p/Pool")
                && f.name.equals("poolIds") && f.desc.equals("I"), String.valueOf(read));
        assertEquals(Opcodes.POP, owner.getPrevious().getOpcode());
        MethodInsnNode call = (MethodInsnNode) m.instructions.get(m.instructions.size() - 2);
        assertEquals("org/torito/vm/classlib/FieldHandles", call.owner);
        assertFalse(VarHandles.isVarHandleSite(call));
    }
}
