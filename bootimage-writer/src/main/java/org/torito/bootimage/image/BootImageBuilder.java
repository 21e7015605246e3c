package org.torito.bootimage.image;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.FieldNode;
import org.objectweb.asm.tree.MethodNode;
import org.torito.bootimage.ImageBuildException;
import org.torito.bootimage.bios.DiskImageWriter;
import org.torito.bootimage.elf.ElfImageWriter;
import org.torito.bootimage.world.ClassHierarchy;
import org.torito.bootimage.world.ClassPath;
import org.torito.bootimage.world.ClosedWorld;
import org.torito.compiler.asm.Label;
import org.torito.compiler.asm.MachineCode;
import org.torito.compiler.asm.Relocation;
import org.torito.compiler.baseline.ClassInitReference;
import org.torito.compiler.baseline.ClassLiteral;
import org.torito.compiler.baseline.CompiledMethod;
import org.torito.compiler.baseline.ExceptionHandler;
import org.torito.compiler.baseline.Entrypoints;
import org.torito.compiler.baseline.TypeReference;
import org.torito.compiler.baseline.MethodReference;
import org.torito.compiler.baseline.StaticFieldReference;
import org.torito.compiler.baseline.StringConstant;
import org.torito.vm.object.FieldLayout;
import org.torito.vm.object.ObjectLayout;
import org.torito.vm.object.StringLayout;
import org.torito.vm.object.TibLayout;
import org.torito.vm.runtime.ClassInit;
import org.torito.vm.runtime.CodeMap;

/**
 * Builds a boot image: compiles the closed world from the kernel's entry points and the application's
 * {@code main}, lays out code, statics and string objects at the addresses of {@link ImageLayout}, links
 * them and writes the same segments as a PVH ELF and as a BIOS disk image. Prints a short progress and
 * summary report.
 */
public final class BootImageBuilder {
    /** The result: the ELF and the BIOS disk image, and the figures of the report. */
    public record Image(byte[] elf, byte[] disk, int methods, long codeBytes, long dataBytes, long bytecodeBytes,
                        BuildReport report) {
    }

    private static final String BOOT_IMAGE_INFO = "org/torito/kernel/boot/BootImageInfo";
    private static final String CODE_MAP = "org/torito/vm/runtime/CodeMap";
    private static final String CLASS_OBJECTS = "org/torito/vm/classlib/ClassObjects";
    private static final String IMAGE_ROOTS = "org/torito/vm/gc/ImageRoots";
    private static final String JAVA_BASE = "java.base";
    private static final String STRING_TYPE = "Ljava/lang/String;";
    private static final String BYTE_ARRAY_TYPE = "[B";
    private static final String CLASS_TYPE = "Ljava/lang/Class;";
    private static final String PRIMITIVE_CLASSES = "org/torito/vm/runtime/PrimitiveClasses";
    private static final List<String> PRIMITIVE_ARRAYS = List.of("[Z", "[B", "[C", "[S", "[I", "[J", "[F", "[D");
    /** The primitive types, by the name Class.getName gives them, in PrimitiveClasses' field order. */
    private static final List<String> PRIMITIVES = List.of("boolean", "byte", "char", "short", "int", "long",
            "float", "double", "void");
    public static final String VERSION = "0.1.0";

    private final ClassPath classPath;
    private final String mainClass;
    private final PrintStream progress;

    // Addresses of everything relocations can name; filled during layout.
    private final Map<Object, Long> addresses = new LinkedHashMap<>();
    private ClassHierarchy classHierarchy;
    /** Address of the texts of the null check tables ({@link CodeMap#nullCheckTexts}). */
    private long nullCheckTexts;
    /** Address of the reference maps' frame shapes ({@link CodeMap#frameShapes}). */
    private long frameShapes;
    /** Address of the table of the image's string literals (for String.intern). */
    private long imageLiteralTable;
    private long firstClassObject;
    private final BuildReport report = new BuildReport();
    private final ClassFacts facts;
    private final java.util.SortedMap<String, byte[]> resources;
    private long resourceTable;
    private Map<ClosedWorld.StaticField, Long> staticSlots = Map.of();
    private int classObjectCount;
    /** What the collector scans as roots in the image's data ({@code vm.gc.ImageRoots}). */
    private long referenceStaticsStart;
    private long referenceStaticsEnd;
    private long initRecords;
    private long initRecordsEnd;
    /** A count and the init records of the run-time-initialized classes with objects in the image heap. */
    private long imageObjectClassesTable;
    /** Those classes (internal names), in the order the image heap met them. */
    private List<String> imageObjectClasses = List.of();
    private long classObjectsEnd;
    private long typeBlocksStart;
    private long imageDataStart;
    /** The pre-initialized heap: objects copied from the host for the classes initialized at build time. */
    private long imageHeapStart;
    private long imageHeapEnd;
    private final List<String> buildTimeClasses = new ArrayList<>(BuildTimeInitialization.CLASSES);
    /** The system properties, computed on the host once, when the image needs them. */
    private java.util.Properties systemProperties;
    /** The loader that initializes application classes on the host; JDK classes use the boot loader. */
    private ClassLoader applicationLoader;
    /** The class object of each type descriptor, and of each primitive type by name. */
    private final Map<String, Long> classObjectOf = new LinkedHashMap<>();

    public BootImageBuilder(ClassPath classPath, String mainClass, PrintStream progress) {
        this(classPath, mainClass, progress, Map.of());
    }

    /** {@code resources}: the application's resource files by absolute name ({@code dir/file.txt}), to embed. */
    public BootImageBuilder(ClassPath classPath, String mainClass, PrintStream progress,
                            Map<String, byte[]> resources) {
        this.classPath = classPath;
        this.mainClass = mainClass.replace('.', '/');
        this.progress = progress;
        this.resources = new java.util.TreeMap<>(resources);
        this.facts = new ClassFacts(classPath);
    }


    /**
     * Also initializes the application's classes {@code internalNames} at build time, on the host through
     * {@code loader} (which must define them from the same class files as the image's class path), as
     * {@link BuildTimeInitialization} does the JDK's. Returns this builder.
     */
    public BootImageBuilder initializeAtBuildTime(List<String> internalNames, ClassLoader loader) {
        for (String name : internalNames) {
            if (!buildTimeClasses.contains(name)) {
                buildTimeClasses.add(name);
            }
        }
        this.applicationLoader = loader;
        return this;
    }

    /** The key of a component type's class object: its descriptor, or a primitive's name. */
    private static String componentKey(String descriptor) {
        Type type = Type.getType(descriptor);
        return type.getSort() < Type.ARRAY ? type.getClassName() : descriptor;
    }

    public Image build() {
        long t0 = System.nanoTime();
        MethodReference main = checkMain();
        ClosedWorld world = new ClosedWorld(classPath, this::initializedAtBuildTime);
        classHierarchy = world.hierarchy();
        List<MethodReference> roots = new ArrayList<>(List.of(Trampoline.BOOT_START, Trampoline.PANIC, main,
                Trampoline.BOOT_EXIT));
        roots.addAll(Entrypoints.ALL);
        world.initializeBefore(main);
        world.compileFrom(roots);
        ImageHeap heap = snapshot(world);
        imageObjectClasses = classesInitializedAtRunTime(heap, world);
        progress.printf("initialized at build time: %s (%d objects in the image heap; classes of those initialized "
                + "at boot: %s)%n", String.join(", ", heap.initializedClasses()), heap.objectCount(),
                imageObjectClasses.isEmpty() ? "none" : String.join(", ", imageObjectClasses).replace('/', '.'));
        long t1 = System.nanoTime();
        report.phase("compile", t1 - t0);
        progress.printf("compiled %d methods (%d bytecode bytes) in %d ms%n", world.methods().size(),
                world.bytecodeBytes(), (t1 - t0) / 1_000_000);
        checkStringLayout();

        // Text: trampoline, methods, method table.
        List<Label> trampolineSymbols = new ArrayList<>();
        MachineCode longMode = Trampoline.longMode(ImageLayout.TEXT_BASE, main,
                world.initialized().contains(main.owner()), trampolineSymbols);
        List<Chunk> text = new ArrayList<>();
        text.add(new Chunk(ImageLayout.TEXT_BASE, longMode, "trampoline"));
        long pvhEntry = ImageLayout.alignUp(ImageLayout.TEXT_BASE + longMode.size(), 16);
        List<Label> entrySymbols = new ArrayList<>();
        MachineCode entry32 = Trampoline.entry32(pvhEntry, ImageLayout.TEXT_BASE, entrySymbols);
        text.add(new Chunk(pvhEntry, entry32, "pvh entry"));
        long at = pvhEntry + entry32.size();
        List<CompiledMethod> methods = distinct(world.methods().values());
        List<ElfImageWriter.Symbol> symbols = new ArrayList<>();
        for (Label l : trampolineSymbols) {
            symbols.add(new ElfImageWriter.Symbol(l.name(), ImageLayout.TEXT_BASE + l.offset(), 0, true));
        }
        for (Label l : entrySymbols) {
            symbols.add(new ElfImageWriter.Symbol(l.name(), pvhEntry + l.offset(), 0, true));
        }
        long codeStart = ImageLayout.alignUp(at, ImageLayout.METHOD_ALIGNMENT);
        for (CompiledMethod m : methods) {
            at = ImageLayout.alignUp(at, ImageLayout.METHOD_ALIGNMENT);
            text.add(new Chunk(at, m.code(), m.method().toString()));
            addresses.put(m.method(), at);
            symbols.add(new ElfImageWriter.Symbol(m.method().toString(), at, m.code().size(), true));
            at += m.code().size();
        }
        for (Map.Entry<MethodReference, CompiledMethod> e : world.methods().entrySet()) {
            addresses.put(e.getKey(), addresses.get(e.getValue().method())); // inherited statics: both names
        }
        long codeEnd = at;

        // Type information blocks: every type code refers to or instantiates, and their supertypes.
        java.util.Set<String> types = new java.util.LinkedHashSet<>();
        for (CompiledMethod m : methods) {
            for (Relocation r : m.code().relocations()) {
                if (r.target() instanceof TypeReference t) {
                    types.add(t.descriptor());
                }
            }
        }
        world.instantiated().forEach(c -> types.add("L" + c + ";"));
        for (CompiledMethod m : methods) {
            types.add("L" + m.method().owner() + ";"); // stack walks name a frame's class (CodeMap.TYPE)
            for (ExceptionHandler h : m.handlers()) {
                if (h.catchType() != null) {
                    types.add(h.catchType().descriptor());
                }
            }
        }
        types.add(STRING_TYPE);   // string literals are objects of these two types
        types.add(BYTE_ARRAY_TYPE);
        types.add(CLASS_TYPE);    // every type has its class object
        for (String array : PRIMITIVE_ARRAYS) { // reflection can make any primitive array
            types.add(array);
        }
        types.addAll(world.classLiterals());
        types.addAll(heap.types());
        TypeBlocks blocks = new TypeBlocks(world.hierarchy(), types);
        long tibBase = ImageLayout.alignUp(codeEnd, 8);
        byte[] tibs = blocks.layOut(tibBase, addresses, addresses.get(Entrypoints.UNREACHABLE_METHOD));
        for (String t : blocks.types()) {
            addresses.put(new TypeReference(t), blocks.address(t));
        }
        long methodTable = ImageLayout.alignUp(tibBase + tibs.length, 8);
        typeBlocksStart = tibBase;
        byte[] table = methodTable(methods, methodTable);
        long textEnd = methodTable + table.length;

        // Data: statics, then string objects.
        long dataBase = ImageLayout.alignUp(textEnd, ImageLayout.BYTES_IN_PAGE);
        imageDataStart = dataBase;
        world.strings().add(VERSION);
        Map<StaticFieldReference, Long> slotOf = new LinkedHashMap<>();
        Map<ClosedWorld.StaticField, Long> slots = new LinkedHashMap<>();
        staticSlots = slots;
        long data = dataBase;
        for (boolean references : new boolean[] {true, false}) { // the collector scans the first run as roots
            for (Map.Entry<StaticFieldReference, ClosedWorld.StaticField> e : world.staticFields().entrySet()) {
                if (FieldLayout.isReference(e.getValue().field().desc) != references) {
                    continue;
                }
                Long slot = slots.get(e.getValue());
                if (slot == null) {
                    slot = data;
                    slots.put(e.getValue(), slot);
                    data += 8;
                }
                slotOf.put(e.getKey(), slot);
                addresses.put(e.getKey(), slot);
            }
            if (references) {
                referenceStaticsEnd = data;
            }
        }
        referenceStaticsStart = dataBase;
        initRecords = data;
        for (String c : world.initialized()) {
            addresses.put(new ClassInitReference(c), data);
            data += ClassInit.RECORD_BYTES;
        }
        initRecordsEnd = data;
        Map<String, Long> interfaceLists = new LinkedHashMap<>();
        for (String c : world.initialized()) {
            List<String> interfaces = world.hierarchy().interfacesInitializedWith(c);
            if (!interfaces.isEmpty()) {
                interfaceLists.put(c, data);
                data += 8 + 8L * interfaces.size();
            }
        }
        imageObjectClassesTable = data;
        data += 8 + 8L * imageObjectClasses.size();
        // Class objects: an instance of java.lang.Class per type, its name filled in (Class.getName returns the
        // field when set), the rest zero until the class library; class literals and getClass() return them.
        long classObjects = data;
        int classBytes = world.hierarchy().instanceSize("java/lang/Class");
        firstClassObject = classObjects;
        classObjectCount = blocks.types().size(); // reference types first: ClassObjects.forName scans them
        for (String t : blocks.types()) {
            classObjectOf.put(t, data);
            world.strings().add(javaName(t));
            for (String nested : facts.strings(t)) {
                world.strings().add(nested);
            }
            if (t.startsWith("L") && facts.isJavaBase(t.substring(1, t.length() - 1))) {
                world.strings().add(JAVA_BASE);
            }
            data += classBytes;
        }
        for (String primitive : PRIMITIVES) { // no type blocks: primitives have no instances
            classObjectOf.put(primitive, data);
            world.strings().add(primitive);
            data += classBytes;
        }
        classObjectsEnd = data;
        imageHeapStart = data; // the pre-initialized heap: roots for the collector, scanned object by object
        data += heap.layOut(data);
        imageHeapEnd = data;
        for (String literal : world.classLiterals()) {
            addresses.put(new ClassLiteral(literal), classObjectOf.get(literal));
        }
        Map<String, List<ClosedWorld.StaticField>> staticsByClass = new LinkedHashMap<>(); // static VarHandles
        for (ClosedWorld.StaticField f : slots.keySet()) {
            staticsByClass.computeIfAbsent("L" + f.owner() + ";", k -> new ArrayList<>()).add(f);
            world.strings().add(f.field().name);
        }
        Map<String, Long> staticFieldTables = new LinkedHashMap<>();
        for (String t : blocks.types()) {
            List<ClosedWorld.StaticField> statics = staticsByClass.get(t);
            if (statics != null) {
                staticFieldTables.put(t, data);
                data += 8 + 16L * statics.size();
            }
        }
        Map<String, Long> declaredInterfaceLists = new LinkedHashMap<>(); // Class.getInterfaces0
        for (String t : blocks.types()) {
            List<String> interfaces = declaredInterfaces(t);
            if (!interfaces.isEmpty()) {
                declaredInterfaceLists.put(t, data);
                data += 8 + 8L * interfaces.size();
            }
        }
        world.strings().addAll(resources.keySet()); // resource names are Strings in the resource table
        long stringsBase = data;
        byte[] strings = stringObjects(world.strings(), stringsBase);
        long literalTable = ImageLayout.alignUp(stringsBase + strings.length, 8);
        imageLiteralTable = literalTable;
        byte[] literals = new byte[8 + 8 * world.strings().size()];
        LittleEndian.putLong(literals, 0, world.strings().size());
        int literalIndex = 0;
        for (String literal : world.strings()) {
            LittleEndian.putLong(literals, 8 + 8 * literalIndex++, addresses.get(new StringConstant(literal)));
        }
        long resourcesBase = ImageLayout.alignUp(literalTable + literals.length, 8);
        byte[] resourceBytes = resourceObjects(resourcesBase);
        byte[] dataBytes = new byte[(int) (resourcesBase - dataBase) + resourceBytes.length];
        System.arraycopy(literals, 0, dataBytes, (int) (literalTable - dataBase), literals.length);
        System.arraycopy(resourceBytes, 0, dataBytes, (int) (resourcesBase - dataBase), resourceBytes.length);
        System.arraycopy(strings, 0, dataBytes, (int) (stringsBase - dataBase), strings.length);
        int nameOffset = world.hierarchy().fieldOffset("java/lang/Class", "name", "Ljava/lang/String;");
        int componentTypeOffset = world.hierarchy().fieldOffset("java/lang/Class", "componentType",
                "Ljava/lang/Class;");
        for (Map.Entry<String, Long> e : classObjectOf.entrySet()) {
            int object = (int) (e.getValue() - dataBase);
            LittleEndian.putLong(dataBytes, object + ObjectLayout.TIB_OFFSET, addresses.get(new TypeReference(CLASS_TYPE)));
            String name = PRIMITIVES.contains(e.getKey()) ? e.getKey() : javaName(e.getKey());
            LittleEndian.putLong(dataBytes, object + nameOffset, addresses.get(new StringConstant(name)));
            if (!PRIMITIVES.contains(e.getKey())) {
                LittleEndian.putLong(dataBytes, object + classTibOffset(), blocks.address(e.getKey()));
            } else if (!e.getKey().equals("void")) { // Array.newInstance(int.class, n)
                LittleEndian.putLong(dataBytes, object + classHierarchy.fieldOffset("java/lang/Class",
                        "primitiveArrayTib", "J"), blocks.address("[" + ClassFacts.primitiveDescriptor(e.getKey())));
            }
            String signature = PRIMITIVES.contains(e.getKey()) ? null : facts.genericSignature(e.getKey());
            if (signature != null) { // Class.getGenericSignature0
                LittleEndian.putLong(dataBytes, object + classHierarchy.fieldOffset("java/lang/Class",
                        "genericSignature", "Ljava/lang/String;"), addresses.get(new StringConstant(signature)));
            }
            Long declaring = PRIMITIVES.contains(e.getKey()) ? null
                    : classObjectOf.get(facts.declaringClass(e.getKey()));
            if (declaring != null) { // Class.getDeclaringClass0
                LittleEndian.putLong(dataBytes, object + classHierarchy.fieldOffset("java/lang/Class",
                        "declaringClass", "Ljava/lang/Class;"), declaring);
            }
            if (!PRIMITIVES.contains(e.getKey())) {
                writeNesting(dataBytes, object, e.getKey());
            }
            Long staticTable = staticFieldTables.get(e.getKey());
            if (staticTable != null) {
                List<ClosedWorld.StaticField> statics = staticsByClass.get(e.getKey());
                int tableAt = (int) (staticTable - dataBase);
                LittleEndian.putLong(dataBytes, tableAt, statics.size());
                for (int i = 0; i < statics.size(); i++) {
                    LittleEndian.putLong(dataBytes, tableAt + 8 + 16 * i,
                            addresses.get(new StringConstant(statics.get(i).field().name)));
                    LittleEndian.putLong(dataBytes, tableAt + 16 + 16 * i, slots.get(statics.get(i)));
                }
                LittleEndian.putLong(dataBytes, object + classHierarchy.fieldOffset("java/lang/Class",
                        "staticFieldTable", "J"), staticTable);
            }
            Long interfaceList = declaredInterfaceLists.get(e.getKey());
            if (interfaceList != null) {
                List<String> interfaces = declaredInterfaces(e.getKey());
                int listAt = (int) (interfaceList - dataBase);
                LittleEndian.putLong(dataBytes, listAt, interfaces.size());
                for (int i = 0; i < interfaces.size(); i++) {
                    LittleEndian.putLong(dataBytes, listAt + 8 + 8 * i, classObjectOf.get(interfaces.get(i)));
                }
                LittleEndian.putLong(dataBytes, object + classHierarchy.fieldOffset("java/lang/Class",
                        "declaredInterfaces", "J"), interfaceList);
            }
            if (e.getKey().startsWith("[")) { // Class.getComponentType reads the field HotSpot sets
                Long component = classObjectOf.get(componentKey(e.getKey().substring(1)));
                LittleEndian.putLong(dataBytes, object + componentTypeOffset, component == null ? 0 : component);
            }
        }
        for (String c : world.initialized()) {
            int record = (int) (addresses.get(new ClassInitReference(c)) - dataBase);
            String superclass = world.hierarchy().layout(c).superName();
            Long superRecord = superclass == null ? null : addresses.get(new ClassInitReference(superclass));
            LittleEndian.putLong(dataBytes, record + ClassInit.SUPERCLASS, superRecord == null ? 0 : superRecord);
            Long classObject = classObjectOf.get("L" + c + ";");
            if (classObject != null) { // Class.forName(name, true, ...) initializes through it
                LittleEndian.putLong(dataBytes, (int) (classObject - dataBase) + classHierarchy.fieldOffset(
                        "java/lang/Class", "initializationRecord", "J"), record + dataBase);
                LittleEndian.putLong(dataBytes, record + ClassInit.CLASS, classObject); // for error messages
            }
            Long initializer = addresses.get(new MethodReference(c, "<clinit>", "()V"));
            LittleEndian.putLong(dataBytes, record + ClassInit.INITIALIZER, initializer == null ? 0 : initializer);
            Long list = interfaceLists.get(c);
            if (list != null) {
                List<String> interfaces = world.hierarchy().interfacesInitializedWith(c);
                int listAt = (int) (list - dataBase);
                LittleEndian.putLong(dataBytes, listAt, interfaces.size());
                for (int i = 0; i < interfaces.size(); i++) {
                    LittleEndian.putLong(dataBytes, listAt + 8 + 8 * i,
                            addresses.get(new ClassInitReference(interfaces.get(i))));
                }
                LittleEndian.putLong(dataBytes, record + ClassInit.INTERFACES, list);
            }
        }
        int tableAt = (int) (imageObjectClassesTable - dataBase);
        LittleEndian.putLong(dataBytes, tableAt, imageObjectClasses.size());
        for (int i = 0; i < imageObjectClasses.size(); i++) {
            LittleEndian.putLong(dataBytes, tableAt + 8 + 8 * i,
                    addresses.get(new ClassInitReference(imageObjectClasses.get(i))));
        }
        java.util.function.Function<String, Long> literal = s -> addresses.get(new StringConstant(s));
        byte[] heapBytes = heap.write(blocks::address, classObjectOf::get, literal);
        System.arraycopy(heapBytes, 0, dataBytes, (int) (imageHeapStart - dataBase), heapBytes.length);
        for (String c : world.initialized()) {
            if (initializedAtBuildTime(c)) { // initialized at build time: <clinit> never runs
                LittleEndian.putLong(dataBytes, (int) (addresses.get(new ClassInitReference(c)) - dataBase)
                        + ClassInit.STATE, ClassInit.INITIALIZED);
            }
        }
        long imageEnd = ImageLayout.alignUp(dataBase + dataBytes.length, ImageLayout.BYTES_IN_PAGE);
        for (Map.Entry<ClosedWorld.StaticField, Long> e : slots.entrySet()) {
            ClosedWorld.StaticField f = e.getKey();
            Long set = writerSetValue(f, methodTable, methods.size(), codeStart, codeEnd, imageEnd);
            long value = set != null ? set // the writer's tables win over a build-time class's host value
                    : heap.hasStatic(f.owner(), f.field().name)
                    ? heap.word(heap.staticValue(f.owner(), f.field().name), FieldLayout.isReference(f.field().desc),
                            classObjectOf::get, literal)
                    : constantValue(f);
            LittleEndian.putLong(dataBytes, (int) (e.getValue() - dataBase), value);
        }

        // Link and write.
        byte[] textBytes = new byte[(int) (textEnd - ImageLayout.TEXT_BASE)];
        for (Chunk c : text) {
            byte[] code = c.code().bytes().clone();
            for (Relocation r : c.code().relocations()) {
                Long target = addresses.get(r.target());
                if (target == null) {
                    throw new ImageBuildException("no address for " + r.target() + " used by " + c.name());
                }
                r.apply(code, target, c.address());
            }
            System.arraycopy(code, 0, textBytes, (int) (c.address() - ImageLayout.TEXT_BASE), code.length);
        }
        System.arraycopy(table, 0, textBytes, (int) (methodTable - ImageLayout.TEXT_BASE), table.length);
        System.arraycopy(tibs, 0, textBytes, (int) (tibBase - ImageLayout.TEXT_BASE), tibs.length);
        for (Map.Entry<String, Long> e : classObjectOf.entrySet()) {
            if (!PRIMITIVES.contains(e.getKey())) {
                LittleEndian.putLong(textBytes, (int) (blocks.address(e.getKey()) + TibLayout.CLASS_OBJECT
                        - ImageLayout.TEXT_BASE), e.getValue());
            }
        }
        List<ElfImageWriter.Segment> segments = List.of(
                new ElfImageWriter.Segment(".pagetables", ImageLayout.PML4, Trampoline.pageTables(),
                        ImageLayout.PAGE_TABLES_END - ImageLayout.PML4, true, false),
                new ElfImageWriter.Segment(".bss", ImageLayout.PAGE_TABLES_END, new byte[0],
                        ImageLayout.ZEROED_END - ImageLayout.PAGE_TABLES_END, true, false),
                new ElfImageWriter.Segment(".text", ImageLayout.TEXT_BASE, textBytes, textBytes.length, false, true),
                new ElfImageWriter.Segment(".data", dataBase, dataBytes, dataBytes.length, true, false));
        byte[] elf = ElfImageWriter.write(segments, pvhEntry, symbols);
        List<DiskImageWriter.Segment> loaded = new ArrayList<>();
        for (ElfImageWriter.Segment s : segments) {
            loaded.add(new DiskImageWriter.Segment(s.address(), s.bytes(), s.memorySize()));
        }
        byte[] disk = DiskImageWriter.write(loaded, pvhEntry, "");
        long t2 = System.nanoTime();
        progress.printf("laid out and linked: %d bytes of code, %d bytes of data, in %d ms%n", codeEnd - codeStart,
                dataBytes.length, (t2 - t1) / 1_000_000);
        report.phase("link", t2 - t1);
        for (CompiledMethod m : methods) {
            report.method(m.method().owner(), m.bytecodeBytes(), m.code().size());
        }
        for (ClosedWorld.StaticField f : slots.keySet()) {
            report.heap(f.owner(), 8);
        }
        for (String t : blocks.types()) {
            if (t.startsWith("L")) {
                report.heap(t.substring(1, t.length() - 1), classBytes);
            }
        }
        report.strings(strings.length);
        report.imageHeap(heap.objectCount(), imageHeapEnd - imageHeapStart);
        return new Image(elf, disk, methods.size(), codeEnd - codeStart, dataBytes.length, world.bytecodeBytes(),
                report);
    }

    /**
     * Initializes the classes of {@link BuildTimeInitialization} that the image reaches on the host and
     * copies the statics code uses, and what they refer to, into an {@link ImageHeap}; compiles what the
     * copied objects' types make reachable, until nothing new is.
     */
    private ImageHeap snapshot(ClosedWorld world) {
        for (String c : buildTimeClasses) {
            if (classPath.isSubstituted(c)) {
                throw new ImageBuildException("class " + c.replace('/', '.') + " is initialized at build time but a "
                        + "substitution targets it", null, "remove it from BuildTimeInitialization");
            }
        }
        BuildTimeInitialization.checkHostDefaults();
        while (true) {
            ImageHeap heap = new ImageHeap(world.hierarchy());
            if (staticsUsed(world, HostedSystemProperties.HOLDER).contains(HostedSystemProperties.FIELD)) {
                if (systemProperties == null) {
                    systemProperties = HostedSystemProperties.compute(classPath);
                }
                heap.addComputedStatic(HostedSystemProperties.HOLDER, HostedSystemProperties.FIELD, systemProperties);
            }
            List<String> initializing = new ArrayList<>(buildTimeClasses);
            for (String c : world.initialized()) {
                if (BuildTimeInitialization.isVmClass(c) && initializedAtBuildTime(c) && !initializing.contains(c)) {
                    initializing.add(c);
                }
            }
            for (String c : initializing) {
                if (!world.initialized().contains(c)) {
                    continue; // not reached: nothing to initialize
                }
                String superclass = world.hierarchy().layout(c).superName();
                if (superclass != null && world.initialized().contains(superclass)
                        && !initializedAtBuildTime(superclass)) { // JVMS 5.5: the superclass is initialized first
                    throw new ImageBuildException("class " + c.replace('/', '.') + " is initialized at build time "
                            + "but its superclass " + superclass.replace('/', '.') + " is not", null,
                            "initialize both at build time, or neither");
                }
                heap.addStatics(c, BuildTimeInitialization.CLASSES.contains(c) ? null
                        : BuildTimeInitialization.isVmClass(c) ? BootImageBuilder.class.getClassLoader()
                        : applicationLoader, List.copyOf(staticsUsed(world, c)));
            }
            List<String> classes = new ArrayList<>();
            for (String t : heap.types()) {
                if (t.startsWith("L")) {
                    classes.add(t.substring(1, t.length() - 1));
                }
            }
            if (!world.instantiateAtBuildTime(classes)) {
                world.strings().addAll(heap.literals());
                return heap;
            }
        }
    }

    /** The static fields of class {@code c} the compiled code uses, by name. */
    private static java.util.Set<String> staticsUsed(ClosedWorld world, String c) {
        java.util.Set<String> names = new java.util.LinkedHashSet<>();
        for (ClosedWorld.StaticField f : world.staticFields().values()) {
            if (f.owner().equals(c)) {
                names.add(f.field().name);
            }
        }
        return names;
    }

    /**
     * Whether class {@code c} is initialized at build time: listed, named by the user, or one of the VM's own
     * with a static initializer (and a superclass that needs none at run time).
     */
    private boolean initializedAtBuildTime(String c) {
        if (buildTimeClasses.contains(c)) {
            return true;
        }
        if (!BuildTimeInitialization.isVmClass(c) || !classHierarchy.hasInitializer(c)) {
            return false;
        }
        String superclass = classHierarchy.layout(c).superName();
        return superclass == null || !classHierarchy.needsInitialization(superclass)
                || initializedAtBuildTime(superclass);
    }

    /**
     * The classes of image heap objects that are initialized at run time (they, or a superclass, have a static
     * initializer and are not initialized at build time): the boot initializes them before the program can
     * reach the objects, since compiled code takes a class whose instance it holds to be initialized. Only
     * the JDK's classes may be among them: an application class's initializer would run at boot, before main,
     * which no JVM does, so it fails the build.
     */
    private List<String> classesInitializedAtRunTime(ImageHeap heap, ClosedWorld world) {
        List<String> classes = new ArrayList<>();
        for (String t : heap.types()) {
            String c = t.startsWith("L") ? t.substring(1, t.length() - 1) : null;
            if (c == null || !world.initialized().contains(c) || initializedAtBuildTime(c)) {
                continue;
            }
            if (classPath.find(c).map(f -> !f.source().startsWith("jrt:")).orElse(true)) {
                throw new ImageBuildException("the image heap holds objects of " + c.replace('/', '.') + ", whose "
                        + "static initializer would then run at boot, before main (reached from " + heap.pathTo(t)
                        + ")", null, "initialize " + c.replace('/', '.') + " at build time too");
            }
            classes.add(c);
        }
        return classes;
    }

    /** A piece of text at its address. */
    private record Chunk(long address, MachineCode code, String name) {
    }

    private static List<CompiledMethod> distinct(java.util.Collection<CompiledMethod> all) {
        Map<CompiledMethod, Boolean> seen = new IdentityHashMap<>();
        List<CompiledMethod> list = new ArrayList<>();
        for (CompiledMethod m : all) {
            if (seen.put(m, Boolean.TRUE) == null) {
                list.add(m);
            }
        }
        return list;
    }

    private MethodReference checkMain() {
        ClassPath.ClassFile file = classPath.find(mainClass).orElseThrow(() -> new ImageBuildException(
                "main class " + mainClass.replace('/', '.') + " is not on the class path " + classPath.entries(),
                null, "check --main and --cp"));
        ClassNode node = file.node();
        for (MethodNode m : node.methods) {
            if (m.name.equals("main") && m.desc.equals("([Ljava/lang/String;)V")
                    && (m.access & (Opcodes.ACC_STATIC | Opcodes.ACC_PUBLIC)) == (Opcodes.ACC_STATIC | Opcodes.ACC_PUBLIC)) {
                return new MethodReference(mainClass, "main", m.desc);
            }
        }
        throw new ImageBuildException("class " + mainClass.replace('/', '.')
                + " has no method public static void main(String[])", "in " + file.source(),
                "give --main a class with a main method");
    }

    /** The console reads strings through StringLayout; refuse to build if the JDK's String disagrees. */
    private void checkStringLayout() {
        ClassNode string = classPath.find("java/lang/String").orElseThrow().node();
        List<FieldLayout.Field> fields = new ArrayList<>();
        for (FieldNode f : string.fields) {
            if ((f.access & Opcodes.ACC_STATIC) == 0) {
                fields.add(new FieldLayout.Field(f.name, f.desc));
            }
        }
        FieldLayout layout = FieldLayout.of(ObjectLayout.HEADER_BYTES, fields);
        if (layout.offsetOf("value") != StringLayout.VALUE_OFFSET
                || layout.offsetOf("coder") != StringLayout.CODER_OFFSET
                || layout.offsetOf("hash") != StringLayout.HASH_OFFSET
                || layout.offsetOf("hashIsZero") != StringLayout.HASH_IS_ZERO_OFFSET) {
            throw new ImageBuildException("java.lang.String of this JDK is laid out as " + layout.fields()
                    + ", which StringLayout does not describe", null, "build with JDK 17");
        }
    }

    /** String objects (and their byte arrays) for every literal, in target layout; records their addresses. */
    private byte[] stringObjects(Iterable<String> literals, long base) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        for (String s : literals) {
            boolean latin1 = s.chars().allMatch(c -> c <= 0xFF);
            byte[] value = latin1 ? s.getBytes(StandardCharsets.ISO_8859_1) : utf16(s);
            long arrayAddress = base + out.size();
            byte[] array = new byte[(int) ObjectLayout.arraySize(1, value.length)];
            LittleEndian.putLong(array, ObjectLayout.TIB_OFFSET, addresses.get(new TypeReference(BYTE_ARRAY_TYPE)));
            LittleEndian.putLong(array, ObjectLayout.ARRAY_LENGTH_OFFSET, value.length);
            System.arraycopy(value, 0, array, ObjectLayout.ARRAY_ELEMENTS_OFFSET, value.length);
            out.writeBytes(array);
            long stringAddress = base + out.size();
            byte[] string = new byte[(int) ObjectLayout.align(StringLayout.HASH_IS_ZERO_OFFSET + 1)];
            LittleEndian.putLong(string, ObjectLayout.TIB_OFFSET, addresses.get(new TypeReference(STRING_TYPE)));
            LittleEndian.putLong(string, StringLayout.VALUE_OFFSET, arrayAddress);
            string[StringLayout.CODER_OFFSET] = latin1 ? StringLayout.LATIN1 : StringLayout.UTF16;
            out.writeBytes(string);
            addresses.put(new StringConstant(s), stringAddress);
        }
        return out.toByteArray();
    }

    /**
     * The embedded resources at {@code base}: each file's bytes as a {@code byte[]}, then the table
     * {@code vm.classlib.Resources} reads: a count, then (name String, byte[]) address pairs, by name.
     */
    private byte[] resourceObjects(long base) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        List<Long> arrays = new ArrayList<>();
        for (byte[] content : resources.values()) {
            arrays.add(base + out.size());
            byte[] array = new byte[(int) ObjectLayout.arraySize(1, content.length)];
            LittleEndian.putLong(array, ObjectLayout.TIB_OFFSET, addresses.get(new TypeReference(BYTE_ARRAY_TYPE)));
            LittleEndian.putLong(array, ObjectLayout.ARRAY_LENGTH_OFFSET, content.length);
            System.arraycopy(content, 0, array, ObjectLayout.ARRAY_ELEMENTS_OFFSET, content.length);
            out.writeBytes(array);
        }
        resourceTable = base + out.size();
        byte[] table = new byte[8 + 16 * resources.size()];
        LittleEndian.putLong(table, 0, resources.size());
        int i = 0;
        for (String name : resources.keySet()) {
            LittleEndian.putLong(table, 8 + 16 * i, addresses.get(new StringConstant(name)));
            LittleEndian.putLong(table, 16 + 16 * i, arrays.get(i));
            i++;
        }
        out.writeBytes(table);
        report.heap("(resources)/x", out.size());
        return out.toByteArray();
    }

    /** The offset of the field the Class substitution injects to link a class object to its type. */
    private int classTibOffset() {
        return classHierarchy.fieldOffset("java/lang/Class", "typeInformationBlock", "J");
    }

    /** What Class.getName returns for a type descriptor: {@code java.lang.String}, {@code [I}, {@code [Ljava.lang.Object;}. */
    private static String javaName(String descriptor) {
        return descriptor.startsWith("L") ? descriptor.substring(1, descriptor.length() - 1).replace('/', '.')
                : descriptor.replace('/', '.');
    }

    /**
     * The descriptors of the interfaces type {@code descriptor} declares, in order, that have class objects
     * in the image (every array type declares Cloneable and Serializable, JLS §10.8).
     */
    private List<String> declaredInterfaces(String descriptor) {
        List<String> present = new ArrayList<>();
        for (String name : facts.declaredInterfaces(descriptor)) {
            if (classObjectOf.containsKey("L" + name + ";")) {
                present.add("L" + name + ";");
            }
        }
        return present;
    }

    /** Class.getSimpleBinaryName0 and getEnclosingMethod0 read these fields of a class object. */
    private void writeNesting(byte[] dataBytes, int object, String descriptor) {
        ClassNode node = facts.node(descriptor);
        if (node == null) {
            return;
        }
        putString(dataBytes, object, "simpleBinaryName", ClassFacts.simpleBinaryName(node));
        if (facts.isJavaBase(node.name)) { // stack trace elements name the module, as HotSpot's do
            putString(dataBytes, object, "imageModuleName", JAVA_BASE);
        }
        for (Map.Entry<ClosedWorld.StaticField, Long> slot : staticSlots.entrySet()) {
            FieldNode f = slot.getKey().field();
            if (slot.getKey().owner().equals(node.name) && ClassFacts.isEnumValues(node, f)) {
                LittleEndian.putLong(dataBytes, object + classHierarchy.fieldOffset("java/lang/Class",
                        "enumValuesSlot", "J"), slot.getValue()); // Class.getEnumConstantsShared reads $VALUES
            }
        }
        LittleEndian.putInt(dataBytes, object + classHierarchy.fieldOffset("java/lang/Class", "modifiers", "I"),
                ClassFacts.modifiers(node));
        if (node.recordComponents != null) { // Class.isRecord0
            dataBytes[object + classHierarchy.fieldOffset("java/lang/Class", "recordClass", "Z")] = 1;
        }
        Long host = node.nestHostClass == null ? null : classObjectOf.get("L" + node.nestHostClass + ";");
        if (host != null) { // Class.getNestHost0
            LittleEndian.putLong(dataBytes, object + classHierarchy.fieldOffset("java/lang/Class", "nestHost",
                    "Ljava/lang/Class;"), host);
        }
        Long enclosing = node.outerClass == null ? null : classObjectOf.get("L" + node.outerClass + ";");
        if (enclosing != null) {
            LittleEndian.putLong(dataBytes, object + classHierarchy.fieldOffset("java/lang/Class",
                    "enclosingClass", "Ljava/lang/Class;"), enclosing);
            putString(dataBytes, object, "enclosingMethodName", node.outerMethod);
            putString(dataBytes, object, "enclosingMethodDescriptor", node.outerMethodDesc);
        }
    }

    private void putString(byte[] dataBytes, int object, String field, String value) {
        if (value != null) {
            LittleEndian.putLong(dataBytes, object + classHierarchy.fieldOffset("java/lang/Class", field,
                    "Ljava/lang/String;"), addresses.get(new StringConstant(value)));
        }
    }

    /** The chars of {@code s}, two little-endian bytes each, unpaired surrogates included (as String keeps them). */
    private static byte[] utf16(String s) {
        byte[] bytes = new byte[2 * s.length()];
        for (int i = 0; i < s.length(); i++) {
            bytes[2 * i] = (byte) s.charAt(i);
            bytes[2 * i + 1] = (byte) (s.charAt(i) >>> 8);
        }
        return bytes;
    }

    /**
     * The method table ({@link CodeMap}): entries sorted by address, then each method's name, source file,
     * line table, reference maps and exception handler table, then the null check tables and their texts.
     * Catch types must have their type information blocks laid out already.
     */
    private byte[] methodTable(List<CompiledMethod> methods, long tableAddress) {
        List<CompiledMethod> sorted = new ArrayList<>(methods);
        sorted.sort(Comparator.comparingLong(m -> addresses.get(m.method())));
        NullCheckTables nullChecks = new NullCheckTables(classPath);
        ReferenceMapTables referenceMaps = new ReferenceMapTables();
        int[] mapSites = new int[sorted.size()];
        for (CompiledMethod m : sorted) {
            if (!facts.replacesNative(m.method())) { // HotSpot has no message for a native's exceptions
                nullChecks.add(m);
            }
        }
        java.io.ByteArrayOutputStream tail = new java.io.ByteArrayOutputStream();
        long tailAddress = tableAddress + (long) CodeMap.ENTRY_BYTES * sorted.size();
        byte[] entries = new byte[CodeMap.ENTRY_BYTES * sorted.size()];
        for (int i = 0; i < sorted.size(); i++) {
            CompiledMethod m = sorted.get(i);
            long start = addresses.get(m.method());
            int at = i * CodeMap.ENTRY_BYTES;
            LittleEndian.putLong(entries, at + CodeMap.START, start);
            LittleEndian.putLong(entries, at + CodeMap.END, start + m.code().size());
            LittleEndian.putLong(entries, at + CodeMap.NAME, tailAddress + tail.size());
            tail.writeBytes(m.method().toString().getBytes(StandardCharsets.UTF_8));
            tail.write(0);
            while (tail.size() % 8 != 0) {
                tail.write(0);
            }
            LittleEndian.putLong(entries, at + CodeMap.LOCALS, m.localSlots());
            if (facts.replacesNative(m.method())) {
                LittleEndian.putInt(entries, at + CodeMap.FLAGS, CodeMap.NATIVE_FLAG);
            }
            LittleEndian.putLong(entries, at + CodeMap.TYPE,
                    addresses.get(new TypeReference("L" + m.method().owner() + ";")));
            String source = facts.sourceFile(m.method().owner());
            if (source != null) {
                LittleEndian.putLong(entries, at + CodeMap.SOURCE, tailAddress + tail.size());
                tail.writeBytes(source.getBytes(StandardCharsets.UTF_8));
                tail.write(0);
                while (tail.size() % 8 != 0) {
                    tail.write(0);
                }
            }
            int[] lines = m.lineTable();
            if (lines.length > 0) {
                LittleEndian.putLong(entries, at + CodeMap.LINES, tailAddress + tail.size());
                byte[] table = new byte[8 + 4 * lines.length];
                LittleEndian.putLong(table, 0, lines.length / 2);
                for (int l = 0; l < lines.length; l++) {
                    for (int b = 0; b < 4; b++) {
                        table[8 + 4 * l + b] = (byte) (lines[l] >>> (8 * b));
                    }
                }
                tail.writeBytes(table);
                while (tail.size() % 8 != 0) {
                    tail.write(0);
                }
            }
            mapSites[i] = referenceMaps.add(m);
            if (!m.handlers().isEmpty()) {
                LittleEndian.putLong(entries, at + CodeMap.HANDLERS, tailAddress + tail.size());
                byte[] table = new byte[8 + CodeMap.HANDLER_BYTES * m.handlers().size()];
                LittleEndian.putLong(table, 0, m.handlers().size());
                for (int h = 0; h < m.handlers().size(); h++) {
                    ExceptionHandler handler = m.handlers().get(h);
                    int e = 8 + CodeMap.HANDLER_BYTES * h;
                    LittleEndian.putLong(table, e + CodeMap.HANDLER_START, start + handler.startOffset());
                    LittleEndian.putLong(table, e + CodeMap.HANDLER_END, start + handler.endOffset());
                    LittleEndian.putLong(table, e + CodeMap.HANDLER_ENTRY, start + handler.entryOffset());
                    LittleEndian.putLong(table, e + CodeMap.HANDLER_TYPE, handler.catchType() == null ? 0
                            : addresses.get(handler.catchType()));
                }
                tail.writeBytes(table);
            }
        }
        long mapRegion = tailAddress + tail.size(); // LEB128: no alignment
        for (int i = 0; i < sorted.size(); i++) {
            if (mapSites[i] >= 0) {
                LittleEndian.putLong(entries, i * CodeMap.ENTRY_BYTES + CodeMap.MAPS, mapRegion + mapSites[i]);
            }
        }
        byte[] sites = referenceMaps.sites();
        tail.writeBytes(sites);
        while (tail.size() % 8 != 0) {
            tail.write(0);
        }
        frameShapes = tailAddress + tail.size();
        byte[] shapes = referenceMaps.shapeTable();
        tail.writeBytes(shapes);
        report.referenceMaps(referenceMaps.siteCount(), sites.length + shapes.length);
        long nullCheckRegion = tailAddress + tail.size(); // LEB128 and text: no alignment
        for (int i = 0; i < sorted.size(); i++) {
            int offset = nullChecks.tableOffset(sorted.get(i));
            if (offset >= 0) {
                LittleEndian.putLong(entries, i * CodeMap.ENTRY_BYTES + CodeMap.NULL_CHECKS, nullCheckRegion + offset);
            }
        }
        nullCheckTexts = nullCheckRegion + nullChecks.textsOffset();
        tail.writeBytes(nullChecks.region());
        report.nullChecks(nullChecks.checks(), nullChecks.subjectCount(), nullChecks.region().length);
        byte[] all = new byte[entries.length + tail.size()];
        System.arraycopy(entries, 0, all, 0, entries.length);
        System.arraycopy(tail.toByteArray(), 0, all, entries.length, tail.size());
        return all;
    }

    /**
     * The value the writer gives a static field of the VM's that describes the image (where its tables, code
     * and objects are), or null for any other field.
     */
    private Long writerSetValue(ClosedWorld.StaticField field, long methodTable, int methodCount, long codeStart,
                                long codeEnd, long imageEnd) {
        if (field.owner().equals(BOOT_IMAGE_INFO)) {
            switch (field.field().name) {
                case "version":
                    return addresses.get(new StringConstant(VERSION));
                case "imageEnd":
                    return imageEnd;
                case "stackBottom":
                    return ImageLayout.PAGE_TABLES_END;
                default:
                    break;
            }
        }
        if (field.owner().equals("org/torito/vm/runtime/StringTable") && field.field().name.equals("imageLiterals")) {
            return imageLiteralTable;
        }
        if (field.owner().equals("org/torito/vm/runtime/ClassInit") && field.field().name.equals("imageObjectClasses")) {
            return imageObjectClassesTable;
        }
        if (field.owner().equals("org/torito/vm/classlib/Resources") && field.field().name.equals("table")) {
            return resourceTable;
        }
        if (field.owner().equals(IMAGE_ROOTS)) {
            switch (field.field().name) {
                case "referenceStatics":
                    return referenceStaticsStart;
                case "referenceStaticsEnd":
                    return referenceStaticsEnd;
                case "initRecords":
                    return initRecords;
                case "initRecordsEnd":
                    return initRecordsEnd;
                case "classObjects":
                    return firstClassObject;
                case "classObjectsEnd":
                    return classObjectsEnd;
                case "typeBlocks":
                    return typeBlocksStart;
                case "typeBlocksEnd":
                    return methodTable;
                case "imageHeap":
                    return imageHeapStart;
                case "imageHeapEnd":
                    return imageHeapEnd;
                case "imageData":
                    return imageDataStart;
                case "imageDataEnd":
                    return imageEnd;
                default:
                    break;
            }
        }
        if (field.owner().equals("org/torito/vm/gc/References")) {
            switch (field.field().name) {
                case "referentOffset":
                    return (long) classHierarchy.fieldOffset("java/lang/ref/Reference", "referent", "Ljava/lang/Object;");
                case "discoveredOffset":
                    return (long) classHierarchy.fieldOffset("java/lang/ref/Reference", "discovered",
                            "Ljava/lang/ref/Reference;");
                default:
                    break;
            }
        }
        if (field.owner().equals(CLASS_OBJECTS)) {
            switch (field.field().name) {
                case "firstClassObject":
                    return firstClassObject;
                case "classObjectCount":
                    return (long) classObjectCount;
                case "classObjectBytes":
                    return (long) classHierarchy.instanceSize("java/lang/Class");
                default:
                    break;
            }
        }
        if (field.owner().equals(PRIMITIVE_CLASSES) && field.field().name.endsWith("Class")) {
            String primitive = field.field().name.substring(0, field.field().name.length() - "Class".length());
            return classObjectOf.get(primitive);
        }
        if (field.owner().equals(CODE_MAP)) {
            switch (field.field().name) {
                case "methodTable":
                    return methodTable;
                case "methodCount":
                    return (long) methodCount;
                case "codeStart":
                    return codeStart;
                case "codeEnd":
                    return codeEnd;
                case "nullCheckTexts":
                    return nullCheckTexts;
                case "frameShapes":
                    return frameShapes;
                default:
                    break;
            }
        }
        return null;
    }

    /** A static field's value in the image when nothing else sets it: its ConstantValue, or zero. */
    private long constantValue(ClosedWorld.StaticField field) {
        Object constant = field.field().value;
        if (constant == null) {
            return 0;
        } else if (constant instanceof Number) { // a ConstantValue: Integer, Long, Float or Double
            return ImageHeap.bits(constant);
        } else if (constant instanceof String s) {
            Long address = addresses.get(new StringConstant(s));
            if (address == null) {
                throw new ImageBuildException("string constant of " + field.owner() + "." + field.field().name
                        + " was not collected");
            }
            return address;
        }
        throw new ImageBuildException("static field " + field.owner().replace('/', '.') + "." + field.field().name
                + " has a constant of type " + constant.getClass().getSimpleName() + ", not supported yet");
    }

}
