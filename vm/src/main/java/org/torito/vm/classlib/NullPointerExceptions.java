package org.torito.vm.classlib;

/** What ties a NullPointerException to the null check that failed, for its helpful message. */
public final class NullPointerExceptions {
    private NullPointerExceptions() {
    }

    /** Records that {@code exception} is thrown by the null check whose trap call returns to that address. */
    public static void recordNullCheck(NullPointerException exception, long trapReturnAddress) {
        ((Target_java_lang_NullPointerException) (Object) exception).nullCheckReturnAddress = trapReturnAddress;
    }
}
