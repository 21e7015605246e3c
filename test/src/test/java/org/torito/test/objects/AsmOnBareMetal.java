package org.torito.test.objects;

import java.util.Base64;
import java.util.zip.CRC32;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.FieldVisitor;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/**
 * ASM on bare metal: reads a class file embedded as bytes (the Shapes program as javac compiled it), lists
 * it with a ClassVisitor, transforms it (renames a method, drops another, adds a field and a method, counts
 * instructions) and writes it with a ClassWriter; the written bytes' size and CRC and a listing of them are
 * what HotSpot's run of the same code prints.
 */
public final class AsmOnBareMetal {
    private static final String SHAPES_CLASS = "yv66vgAAAD0AjQoAAgADBwAEDAAFAAYBABBqYXZhL2xhbmcvT2JqZWN0AQAGPGluaXQ+AQADKClWBwAIAQAkb3JnL3Rvcml0by90ZXN0L29iamVjdHMvU2hhcGVzJFNoYXBlBwAKAQAjb3JnL3Rvcml0by90ZXN0L29iamVjdHMvU2hhcGVzJFJlY3QKAAkADAwABQANAQAGKElJSSlWBwAPAQAlb3JnL3Rvcml0by90ZXN0L29iamVjdHMvU2hhcGVzJFNxdWFyZQoADgARDAAFABIBAAUoSUkpVgcAFAEAJW9yZy90b3JpdG8vdGVzdC9vYmplY3RzL1NoYXBlcyRDaXJjbGUKABMAEQgAFwEACm51bGwgc2hhcGUKABkAGgcAGwwAHAAdAQAbb3JnL3Rvcml0by90ZXN0L3N1cHBvcnQvT3V0AQAHcHJpbnRsbgEAFShMamF2YS9sYW5nL1N0cmluZzspVgkABwAfDAAgACEBAAJpZAEAAUkKAAcAIwwAJAAlAQAFc2NhbGUBAAQoSSlWCwAnACgHACkMACoAKwEAJG9yZy90b3JpdG8vdGVzdC9vYmplY3RzL1NoYXBlcyROYW1lZAEABG5hbWUBABQoKUxqYXZhL2xhbmcvU3RyaW5nOwoAGQAtDAAuAB0BAAVwcmludAgAMAEABCBpZD0KABkAMgwALgAlCAA0AQAGIGFyZWE9CgAHADYMADcAOAEABGFyZWEBAAMoKUoKABkAOgwALgA7AQAEKEopVggAPQEACyBwZXJpbWV0ZXI9CgAHAD8MAEAAOAEACXBlcmltZXRlcggAQgEACCBzY2FsZWQ9CQAHAEQMAEUARgEABnNjYWxlZAEAAUoIAEgBAAYgY29kZT0LACcASgwASwBMAQAIbmFtZUNvZGUBAAMoKUkIAE4BAAYgcmVjdD8KABkAUAwALgBRAQAEKFopVggAUwEACCBzcXVhcmU/CgAZAFUMABwABggAVwEADWNpcmNsZSBjYWxscz0KABMAWQwAWgBMAQAFY2FsbHMKABkAXAwAHAAlCABeAQAGdG90YWw9CgAZAGAMABwAOwgAYgEACk9iamVjdFtdPyAHAGQBABNbTGphdmEvbGFuZy9PYmplY3Q7CABmAQAKIE5hbWVkW10/IAcAaAEAJ1tMb3JnL3Rvcml0by90ZXN0L29iamVjdHMvU2hhcGVzJE5hbWVkOwgAagEACSBSZWN0W10/IAcAbAEAJltMb3JnL3Rvcml0by90ZXN0L29iamVjdHMvU2hhcGVzJFJlY3Q7BwBuAQAeb3JnL3Rvcml0by90ZXN0L29iamVjdHMvU2hhcGVzAQAEQ29kZQEAD0xpbmVOdW1iZXJUYWJsZQEAEkxvY2FsVmFyaWFibGVUYWJsZQEABHRoaXMBACBMb3JnL3Rvcml0by90ZXN0L29iamVjdHMvU2hhcGVzOwEABG1haW4BABYoW0xqYXZhL2xhbmcvU3RyaW5nOylWAQABbgEAJkxvcmcvdG9yaXRvL3Rlc3Qvb2JqZWN0cy9TaGFwZXMkTmFtZWQ7AQABcwEAJkxvcmcvdG9yaXRvL3Rlc3Qvb2JqZWN0cy9TaGFwZXMkU2hhcGU7AQAEYXJncwEAE1tMamF2YS9sYW5nL1N0cmluZzsBAAZzaGFwZXMBACdbTG9yZy90b3JpdG8vdGVzdC9vYmplY3RzL1NoYXBlcyRTaGFwZTsBAAV0b3RhbAEAAW8BABJMamF2YS9sYW5nL09iamVjdDsBAA1TdGFja01hcFRhYmxlBwB7BwB9AQAKU291cmNlRmlsZQEAC1NoYXBlcy5qYXZhAQALTmVzdE1lbWJlcnMBAAxJbm5lckNsYXNzZXMBAAVTaGFwZQEABFJlY3QBAAZTcXVhcmUBAAZDaXJjbGUBAAVOYW1lZAAxAG0AAgAAAAAAAgACAAUABgABAG8AAAAzAAEAAQAAAAUqtwABsQAAAAIAcAAAAAoAAgAAAGoABABrAHEAAAAMAAEAAAAFAHIAcwAAAAkAdAB1AAEAbwAAAk0ACAAJAAABLge9AAdZA7sACVkEBge3AAtTWQS7AA5ZBQi3ABBTWQW7ABNZBhAKtwAVU1kGAVNMCUErOgQZBL42BQM2BhUGFQWiALcZBBUGMjoHGQfHAAsSFrgAGKcAnRkHGQe0AB4EYLYAIhkHOggZCLkAJgEAuAAsEi+4ACwZB7QAHrgAMRIzuAAsGQe2ADW4ADkSPLgALBkHtgA+uAA5EkG4ACwZB7QAQ7gAORJHuAAsGQi5AEkBALgAMRJNuAAsGQfBAAm4AE8SUrgALBkHwQAOuABPuABUIBkHtgA1YUEZB8EAE5kAExJWuAAsGQfAABO2AFi4AFuEBgGn/0gSXbgALCC4AF8rOgQSYbgALBkEwQBjuABPEmW4ACwZBMEAZ7gATxJpuAAsGQTBAGu4AE+4AFSxAAAAAwBwAAAAogAoAAAAbgAvAG8AMQBwAEoAcQBPAHIAVABzAFcAdQBjAHYAZwB3AHEAeAB2AHkAfgB6AIMAewCLAHwAkAB9AJgAfgCdAH8ApQCAAKoAgQC0AIIAuQCDAMEAhADGAIUAzgCGANEAhwDZAIgA4QCJAOYAigDxAHAA9wCNAPwAjgEAAI8BAwCQAQgAkQEQAJIBFQCTAR0AlAEiAJUBKgCWAS0AlwBxAAAAPgAGAGcAigB2AHcACABKAKcAeAB5AAcAAAEuAHoAewAAAC8A/wB8AH0AAQAxAP0AfgBGAAIBAwArAH8AgAAEAIEAAAAhAAT/ADwABgcAggcAgwQHAIMBAQAA/AAaBwAH+gCZ+AAFAAMAhAAAAAIAhQCGAAAADAAFABMADgAJAAcAJwCHAAAAKgAFAAcAbQCIBAgACQBtAIkACAAOAG0AigAYABMAbQCLABgAJwBtAIwGCA==";

    private AsmOnBareMetal() {
    }

    /** Prints the class's members, and the instructions of each method by kind. */
    static final class Lister extends ClassVisitor {
        Lister() {
            super(Opcodes.ASM9);
        }

        @Override
        public void visit(int version, int access, String name, String signature, String superName,
                          String[] interfaces) {
            System.out.println("class " + name + " extends " + superName + " version " + (version & 0xFFFF)
                    + " access 0x" + Integer.toHexString(access) + " interfaces " + String.join(",", interfaces));
        }

        @Override
        public FieldVisitor visitField(int access, String name, String descriptor, String signature, Object value) {
            System.out.println("  field " + name + " " + descriptor + " = " + value);
            return null;
        }

        @Override
        public MethodVisitor visitMethod(int access, String name, String descriptor, String signature,
                                         String[] exceptions) {
            return new MethodVisitor(Opcodes.ASM9) {
                int instructions;
                int calls;
                int jumps;
                int lines;

                @Override
                public void visitInsn(int opcode) {
                    instructions++;
                }

                @Override
                public void visitVarInsn(int opcode, int var) {
                    instructions++;
                }

                @Override
                public void visitFieldInsn(int opcode, String owner, String fieldName, String fieldDescriptor) {
                    instructions++;
                }

                @Override
                public void visitMethodInsn(int opcode, String owner, String methodName, String methodDescriptor,
                                            boolean isInterface) {
                    instructions++;
                    calls++;
                }

                @Override
                public void visitJumpInsn(int opcode, Label label) {
                    instructions++;
                    jumps++;
                }

                @Override
                public void visitLineNumber(int line, Label start) {
                    lines++;
                }

                @Override
                public void visitEnd() {
                    System.out.println("  method " + name + descriptor + " access 0x" + Integer.toHexString(access)
                            + ": " + instructions + " instructions, " + calls + " calls, " + jumps + " jumps, "
                            + lines + " lines");
                }
            };
        }
    }

    /** Renames main to start, drops the constructor, adds a counter field and a method returning it. */
    static final class Transformer extends ClassVisitor {
        Transformer(ClassVisitor next) {
            super(Opcodes.ASM9, next);
        }

        @Override
        public MethodVisitor visitMethod(int access, String name, String descriptor, String signature,
                                         String[] exceptions) {
            if (name.equals("<init>")) {
                return null;
            }
            return super.visitMethod(access, name.equals("main") ? "start" : name, descriptor, signature, exceptions);
        }

        @Override
        public void visitEnd() {
            super.visitField(Opcodes.ACC_PRIVATE | Opcodes.ACC_STATIC, "counter", "I", null, 41).visitEnd();
            MethodVisitor mv = super.visitMethod(Opcodes.ACC_PUBLIC | Opcodes.ACC_STATIC, "next", "()I", null, null);
            mv.visitCode();
            mv.visitFieldInsn(Opcodes.GETSTATIC, "org/torito/test/objects/Shapes", "counter", "I");
            mv.visitInsn(Opcodes.ICONST_1);
            mv.visitInsn(Opcodes.IADD);
            mv.visitInsn(Opcodes.DUP);
            mv.visitFieldInsn(Opcodes.PUTSTATIC, "org/torito/test/objects/Shapes", "counter", "I");
            mv.visitInsn(Opcodes.IRETURN);
            mv.visitMaxs(0, 0);
            mv.visitEnd();
            super.visitEnd();
        }
    }

    private static long crc(byte[] bytes) {
        CRC32 crc = new CRC32();
        crc.update(bytes);
        return crc.getValue();
    }

    public static void main(String[] args) {
        byte[] original = Base64.getDecoder().decode(SHAPES_CLASS);
        System.out.println("read " + original.length + " bytes, crc " + Long.toHexString(crc(original)));
        ClassReader reader = new ClassReader(original);
        System.out.println(reader.getClassName() + " " + reader.getSuperName() + " " + reader.getItemCount()
                + " constant pool items");
        reader.accept(new Lister(), 0);

        ClassWriter writer = new ClassWriter(reader, ClassWriter.COMPUTE_MAXS);
        reader.accept(new Transformer(writer), 0);
        byte[] transformed = writer.toByteArray();
        System.out.println("wrote " + transformed.length + " bytes, crc " + Long.toHexString(crc(transformed)));
        new ClassReader(transformed).accept(new Lister(), ClassReader.SKIP_DEBUG);

        ClassWriter fresh = new ClassWriter(ClassWriter.COMPUTE_MAXS);
        new ClassReader(transformed).accept(fresh, 0);
        byte[] copied = fresh.toByteArray();
        System.out.println("copied " + copied.length + " bytes, crc " + Long.toHexString(crc(copied)));
    }
}
