package org.mips.core.imports;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.mips.spi.network.NetworkFormatException;

/**
 * Checks that the byte ranges a safetensors header declares tile its data section, as the reference implementation
 * requires: each range lies inside the section and is as long as its shape and dtype need, no two overlap, and
 * together they cover every byte. A file that breaks this was written by something else or damaged, and its values
 * would be read from the wrong bytes; so it is refused rather than guessed at.
 */
final class SafetensorsLayout {

    private SafetensorsLayout() {
    }

    /** Checks the header's ranges against a data section of {@code dataLength} bytes. */
    static void check(Path file, List<SafetensorsHeader.Entry> tensors, long dataLength) {
        for (SafetensorsHeader.Entry tensor : tensors) {
            checkOne(file, tensor, dataLength);
        }
        List<SafetensorsHeader.Entry> sorted = new ArrayList<>();
        for (SafetensorsHeader.Entry tensor : tensors) {
            if (tensor.end() > tensor.begin()) {
                sorted.add(tensor);
            }
        }
        sorted.sort(Comparator.comparingLong(SafetensorsHeader.Entry::begin).thenComparingLong(SafetensorsHeader.Entry::end));
        SafetensorsHeader.Entry furthest = null;
        long covered = 0;
        for (SafetensorsHeader.Entry tensor : sorted) {
            if (tensor.begin() < covered) {
                throw new NetworkFormatException(file, tensor.name(), "its bytes " + tensor.rangeText() + " overlap those of tensor '"
                        + furthest.name() + "' " + furthest.rangeText());
            }
            if (tensor.begin() > covered) {
                throw new NetworkFormatException(file, null, "bytes [" + covered + ", " + tensor.begin() + ") of the data section "
                        + "belong to no tensor (" + (furthest == null ? "before '" + tensor.name() + "'"
                        : "between '" + furthest.name() + "' and '" + tensor.name() + "'")
                        + "); safetensors requires the tensors to cover the data section without gaps");
            }
            covered = tensor.end();
            furthest = tensor;
        }
        if (covered < dataLength) {
            throw new NetworkFormatException(file, null, "the last " + (dataLength - covered) + " bytes of the data section (from byte "
                    + covered + ") belong to no tensor" + (furthest == null ? "" : " (after '" + furthest.name() + "')")
                    + "; safetensors requires the tensors to cover the data section without gaps");
        }
    }

    private static void checkOne(Path file, SafetensorsHeader.Entry tensor, long dataLength) {
        if (tensor.begin() > tensor.end()) {
            throw new NetworkFormatException(file, tensor.name(), "its data_offsets [" + tensor.begin() + ", " + tensor.end()
                    + "] begin after they end");
        }
        if (tensor.end() > dataLength) {
            throw new NetworkFormatException(file, tensor.name(), "its bytes " + tensor.rangeText() + " run past the end of the "
                    + "data section, which has " + dataLength + " bytes: the file is truncated or its header is wrong");
        }
        long length = tensor.end() - tensor.begin();
        if (length != tensor.bytes()) {
            throw new NetworkFormatException(file, tensor.name(), "its shape " + tensor.shapeText() + " of " + tensor.dtype()
                    + " needs " + tensor.bytes() + " bytes, but its data_offsets " + tensor.rangeText() + " hold " + length);
        }
    }
}
