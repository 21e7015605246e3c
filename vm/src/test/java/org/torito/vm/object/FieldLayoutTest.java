package org.torito.vm.object;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class FieldLayoutTest {
    @Test
    void of_mixedSizes_placesLargestFirstInDeclarationOrder() {
        FieldLayout layout = FieldLayout.of(ObjectLayout.HEADER_BYTES, List.of(
                new FieldLayout.Field("flag", "Z"), new FieldLayout.Field("count", "I"),
                new FieldLayout.Field("next", "Ljava/lang/Object;"), new FieldLayout.Field("c", "C"),
                new FieldLayout.Field("total", "J")));

        assertEquals(16, layout.offsetOf("next"));
        assertEquals(24, layout.offsetOf("total"));
        assertEquals(32, layout.offsetOf("count"));
        assertEquals(36, layout.offsetOf("c"));
        assertEquals(38, layout.offsetOf("flag"));
        assertEquals(39, layout.instanceBytes());
    }

    @Test
    void of_afterOddSuperclass_alignsEachField() {
        FieldLayout layout = FieldLayout.of(17, List.of(new FieldLayout.Field("x", "I"),
                new FieldLayout.Field("b", "B")));

        assertEquals(20, layout.offsetOf("x"));
        assertEquals(24, layout.offsetOf("b"));
    }

    @Test
    void arraySize_roundsUpToAlignment() {
        assertEquals(24 + 8, ObjectLayout.arraySize(1, 5));
        assertEquals(24, ObjectLayout.arraySize(8, 0));
    }
}
