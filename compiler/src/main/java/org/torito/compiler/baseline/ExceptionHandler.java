package org.torito.compiler.baseline;

/**
 * One entry of a compiled method's exception table, in machine-code offsets from the method's start: a
 * throw from {@code [startOffset, endOffset)} whose exception has type {@code catchType} (null: any) continues
 * at {@code entryOffset} with the exception in rax (JVMS §2.10, §4.7.3).
 */
public record ExceptionHandler(int startOffset, int endOffset, int entryOffset, TypeReference catchType) {
}
