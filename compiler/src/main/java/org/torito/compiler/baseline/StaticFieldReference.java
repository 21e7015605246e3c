package org.torito.compiler.baseline;

/** The address of a static field, as a relocation target. Statics live at fixed addresses in the image. */
public record StaticFieldReference(String owner, String name, String descriptor) {
    @Override
    public String toString() {
        return owner.replace('/', '.') + "." + name + ":" + descriptor;
    }
}
