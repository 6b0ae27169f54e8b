package org.mips.toolkit.source;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class LinePackerTest {

    @Test
    void fillsEachLineAsFarAsItsWidthAllows() {
        List<String> pieces = List.of("a", "+ bb", "+ cc", "+ d");

        assertEquals(List.of("a + bb", "+ cc + d"), LinePacker.pack(pieces, 8));
        assertEquals(List.of("a", "+ bb + cc", "+ d"), LinePacker.pack(pieces, 4, 9));
        assertEquals(List.of("a + bb + cc + d"), LinePacker.pack(pieces, 15));
    }

    @Test
    void aPieceWiderThanTheLineStandsAlone() {
        assertEquals(List.of("a", "wide-piece", "b"), LinePacker.pack(List.of("a", "wide-piece", "b"), 3));
        assertEquals(List.of(""), LinePacker.pack(List.of(), 3));
    }
}
