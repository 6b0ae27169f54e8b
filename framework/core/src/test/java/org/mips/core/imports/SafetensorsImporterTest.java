package org.mips.core.imports;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mips.spi.network.NetworkFormatException;
import org.mips.spi.network.Tensor;
import org.mips.spi.network.TensorFile;

class SafetensorsImporterTest {

    private static final int[] VECTOR2 = {2};
    private static final int[] MATRIX23 = {2, 3};

    @TempDir
    Path directory;

    private final SafetensorsImporter importer = new SafetensorsImporter();

    // ---- reading ------------------------------------------------------------------------------------------------

    @Test
    void readsAFileAsSafetensorsTorchSaveFileWritesIt() throws IOException {
        // safetensors.torch.save_file({"a": torch.tensor([[1., 2.], [3., 4.]])}, "golden.safetensors"), byte for byte:
        // the header length (64, little-endian u64), the compact JSON header padded with 7 spaces to 64 bytes, the data.
        String header = "{\"a\":{\"dtype\":\"F32\",\"shape\":[2,2],\"data_offsets\":[0,16]}}       ";
        byte[] length = {0x40, 0, 0, 0, 0, 0, 0, 0};
        byte[] data = {
            0x00, 0x00, (byte) 0x80, 0x3f, 0x00, 0x00, 0x00, 0x40, 0x00, 0x00, 0x40, 0x40, 0x00, 0x00, (byte) 0x80, 0x40};
        byte[] file = concat(length, header.getBytes(StandardCharsets.US_ASCII), data);
        assertEquals(8 + 64 + 16, file.length);

        TensorFile read = read(file);
        assertEquals(Map.of("a", new Tensor("a", new int[] {2, 2}, new double[] {1, 2, 3, 4})), read.tensors());
        assertEquals(Map.of(), read.metadata());
    }

    @Test
    void decodesF32() throws IOException {
        double[] values = {(float) 0.1, -1.5, Float.MAX_VALUE, -Float.MIN_VALUE, 0.0, -0.0};
        TensorFile read = read(new SafetensorsWriter().tensor("w", "F32", MATRIX23, SafetensorsWriter.f32(values)).bytes());
        assertArrayEquals(values, read.tensors().get("w").values());
        assertArrayEquals(MATRIX23, read.tensors().get("w").shape());
    }

    @Test
    void decodesF64() throws IOException {
        double[] values = {0.1, -1e300, Math.PI, Double.MIN_VALUE, -0.0, 12345.678901234567};
        TensorFile read = read(new SafetensorsWriter().tensor("w", "F64", MATRIX23, SafetensorsWriter.f64(values)).bytes());
        assertArrayEquals(values, read.tensors().get("w").values());
    }

    @Test
    void decodesF16IncludingSubnormalsInfinitiesAndNaN() throws IOException {
        byte[] bits = SafetensorsWriter.bits16(0x3C00, 0xC100, 0x7BFF, 0x0001, 0x03FF, 0x0400, 0x3555, 0x8000, 0x7C00, 0xFC00,
                0x7E00);
        double[] expected = {1.0, -2.5, 65504, 0x1p-24, 1023 * 0x1p-24, 0x1p-14, 0.333251953125, -0.0,
            Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.NaN};
        TensorFile read = read(new SafetensorsWriter().tensor("h", "F16", new int[] {11}, bits).bytes());
        assertArrayEquals(expected, read.tensors().get("h").values());
    }

    @Test
    void decodesBf16AsTheUpperHalfOfAnF32() throws IOException {
        byte[] bits = SafetensorsWriter.bits16(0x3F80, 0xBE20, 0x4049, 0x0001, 0x7F80, 0x8000);
        double[] expected = {1.0, -0.15625, 3.140625, Float.intBitsToFloat(0x00010000), Double.POSITIVE_INFINITY, -0.0};
        TensorFile read = read(new SafetensorsWriter().tensor("b", "BF16", new int[] {6}, bits).bytes());
        assertArrayEquals(expected, read.tensors().get("b").values());
    }

    @Test
    void readsMixedDtypesScalarsAndEmptyTensors() throws IOException {
        byte[] file = new SafetensorsWriter()
                .tensor("d", "F64", new int[] {}, SafetensorsWriter.f64(0.25))
                .tensor("f", "F32", VECTOR2, SafetensorsWriter.f32(-1, 0.5))
                .tensor("empty", "F32", new int[] {0, 3}, new byte[0])
                .tensor("h", "F16", VECTOR2, SafetensorsWriter.bits16(0x3C00, 0x4000))
                .tensor("b", "BF16", new int[] {1, 1}, SafetensorsWriter.bits16(0xC000))
                .bytes();
        TensorFile read = read(file);
        assertEquals(Map.of(
                "d", new Tensor("d", new int[] {}, new double[] {0.25}),
                "f", new Tensor("f", VECTOR2, new double[] {-1, 0.5}),
                "empty", new Tensor("empty", new int[] {0, 3}, new double[0]),
                "h", new Tensor("h", VECTOR2, new double[] {1, 2}),
                "b", new Tensor("b", new int[] {1, 1}, new double[] {-2})), read.tensors());
    }

    @Test
    void readsTensorsWhoseDataComeInAnotherOrderThanTheHeader() throws IOException {
        String header = "{\"late\":{\"dtype\":\"F32\",\"shape\":[1],\"data_offsets\":[4,8]},"
                + "\"early\":{\"dtype\":\"F32\",\"shape\":[1],\"data_offsets\":[0,4]}}";
        TensorFile read = read(SafetensorsWriter.file(header, SafetensorsWriter.f32(1, 2)));
        assertArrayEquals(new double[] {1}, read.tensors().get("early").values());
        assertArrayEquals(new double[] {2}, read.tensors().get("late").values());
    }

    @Test
    void acceptsAHeaderPaddedWithSpaces() throws IOException {
        String header = "{\"w\":{\"dtype\":\"F32\",\"shape\":[2],\"data_offsets\":[0,8]}}" + " ".repeat(77);
        byte[] bytes = header.getBytes(StandardCharsets.UTF_8);
        TensorFile read = read(SafetensorsWriter.raw(bytes.length, bytes, SafetensorsWriter.f32(3, 4)));
        assertArrayEquals(new double[] {3, 4}, read.tensors().get("w").values());
    }

    @Test
    void readsTheMetadata() throws IOException {
        Map<String, String> metadata = Map.of("mips.layout", "general-rnn", "format", "pt", "note", "\u03bb \u2264 1");
        byte[] file = new SafetensorsWriter().metadata(metadata)
                .tensor("w", "F32", VECTOR2, SafetensorsWriter.f32(1, 2)).bytes();
        assertEquals(metadata, read(file).metadata());
        byte[] none = SafetensorsWriter.file("{\"__metadata__\":null}", new byte[0]);
        assertEquals(Map.of(), read(none).metadata());
    }

    @Test
    void readsAFileWithoutTensors() throws IOException {
        TensorFile read = read(SafetensorsWriter.file("{}", new byte[0]));
        assertEquals(Map.of(), read.tensors());
        assertEquals(Map.of(), read.metadata());
    }

    @Test
    void returnsNonFiniteWeightsThatByteOrderDoesNotExplain() throws IOException {
        double[] values = {Double.NaN, Double.POSITIVE_INFINITY, 0.5, -1, 1e31f, 0.3f};
        TensorFile read = read(new SafetensorsWriter().tensor("w", "F32", MATRIX23, SafetensorsWriter.f32(values)).bytes());
        assertArrayEquals(values, read.tensors().get("w").values());
    }

    // ---- the file as a whole --------------------------------------------------------------------------------------

    @Test
    void rejectsAnEmptyFile() throws IOException {
        assertProblem(rejected(new byte[0]), null, "is empty");
    }

    @Test
    void rejectsAFileShorterThanTheHeaderLength() throws IOException {
        assertProblem(rejected(new byte[] {16, 0, 0, 0, 0}), null, "is 5 bytes long", "too short", "truncated");
    }

    @Test
    void rejectsAHeaderLengthOfZero() throws IOException {
        assertProblem(rejected(SafetensorsWriter.raw(0, new byte[0], new byte[8])), null, "header length is 0");
    }

    @Test
    void rejectsAHeaderLengthBeyondTheFile() throws IOException {
        byte[] header = "{}      ".getBytes(StandardCharsets.UTF_8);
        assertProblem(rejected(SafetensorsWriter.raw(1000, header, new byte[0])), null,
                "header length 1000 runs past the end of the file (16 bytes)");
    }

    @Test
    void rejectsAHeaderLengthOverTheLimitWithoutReadingTheFile() throws IOException {
        assertProblem(rejected(SafetensorsWriter.raw(-1, new byte[0], new byte[0])), null,
                "header length 18446744073709551615 is over the 100 MB limit");
        assertProblem(rejected(SafetensorsWriter.raw(100L * 1024 * 1024 + 1, new byte[0], new byte[0])), null, "100 MB limit");
    }

    @Test
    void saysWhenTheFileLooksLikeAPyTorchCheckpoint() throws IOException {
        byte[] zip = {'P', 'K', 3, 4, 20, 0, 0, 0, 8, 0, 0, 0};
        assertProblem(rejected(zip), null, "zip archive", "PyTorch");
    }

    @Test
    void rejectsAHeaderThatIsNotUtf8() throws IOException {
        byte[] header = {'{', '"', (byte) 0xC3, (byte) 0x28, '"', ':', '1', '}'};
        assertProblem(rejected(SafetensorsWriter.raw(8, header, new byte[0])), null, "not valid UTF-8 (byte 2 of the header)");
    }

    @Test
    void rejectsAHeaderThatIsNotJson() throws IOException {
        assertProblem(rejected(SafetensorsWriter.file("{\"w\": {\"dtype\": F32}}", new byte[0])), null, "not valid JSON",
                "character");
        assertProblem(rejected(SafetensorsWriter.file("{\"w\": {}", new byte[0])), null, "not valid JSON");
        assertProblem(rejected(SafetensorsWriter.file("{} {}", new byte[0])), null, "not valid JSON", "more follows the JSON object");
        for (String header : List.of("{\"w\": NaN}", "{/* w */}", "[".repeat(1001) + "]".repeat(1001))) {
            NetworkFormatException e = rejected(SafetensorsWriter.file(header, new byte[0]));
            assertProblem(e, null, "not valid JSON");
            assertFalse(e.getMessage().contains("enable") || e.getMessage().contains("StreamReadConstraints") || e.getMessage().contains("Feature"),
                    e.getMessage());
        }
        assertProblem(rejected(SafetensorsWriter.file("        ", new byte[0])), null, "header is blank");
    }

    @Test
    void rejectsAHeaderThatIsNotAnObject() throws IOException {
        assertProblem(rejected(SafetensorsWriter.file("[1, 2]", new byte[0])), null, "header is an array, not a JSON object");
        assertProblem(rejected(SafetensorsWriter.file("\"weights\"", new byte[0])), null, "header is a string");
    }

    @Test
    void rejectsATensorNamedTwice() throws IOException {
        String entry = "{\"dtype\":\"F32\",\"shape\":[1],\"data_offsets\":[0,4]}";
        assertProblem(rejected(SafetensorsWriter.file("{\"a\":" + entry + ",\"a\":" + entry + "}", SafetensorsWriter.f32(1))),
                "a", "the header names it twice");
    }

    @Test
    void rejectsAKeyTwiceInAnEntryOrTheMetadata() throws IOException {
        String header = "{\"a\":{\"dtype\":\"F32\",\"dtype\":\"F16\",\"shape\":[1],\"data_offsets\":[0,4]}}";
        assertProblem(rejected(SafetensorsWriter.file(header, SafetensorsWriter.f32(1))), "a", "its entry has \"dtype\" twice");
        assertProblem(rejected(SafetensorsWriter.file("{\"__metadata__\":{\"k\":\"v\",\"k\":\"w\"}}", new byte[0])), null,
                "__metadata__ has the key \"k\" twice");
    }

    @Test
    void rejectsMetadataThatAreNotStrings() throws IOException {
        assertProblem(rejected(SafetensorsWriter.file("{\"__metadata__\":{\"epochs\":12}}", new byte[0])), null,
                "__metadata__ entry \"epochs\" is a number, not a string");
        assertProblem(rejected(SafetensorsWriter.file("{\"__metadata__\":[\"k\"]}", new byte[0])), null,
                "__metadata__ is an array, not an object of strings");
    }

    @Test
    void rejectsTensorNamesThatAreEmptyOrHaveControlCharacters() throws IOException {
        String entry = "{\"dtype\":\"F32\",\"shape\":[1],\"data_offsets\":[0,4]}";
        assertProblem(rejected(SafetensorsWriter.file("{\"\":" + entry + "}", SafetensorsWriter.f32(1))), null,
                "a tensor has an empty name");
        assertProblem(rejected(SafetensorsWriter.file("{\"a\\nb\":" + entry + "}", SafetensorsWriter.f32(1))), null,
                "tensor name \"a\\nb\" contains a control character");
    }

    @Test
    void rejectsAMissingFileAndADirectory() throws IOException {
        Path missing = directory.resolve("missing.safetensors");
        NetworkFormatException e = assertThrows(NetworkFormatException.class, () -> importer.read(missing));
        assertProblemIn(missing, e, null, "cannot be read: no such file");
        Path folder = Files.createDirectory(directory.resolve("folder.safetensors"));
        assertProblemIn(folder, assertThrows(NetworkFormatException.class, () -> importer.read(folder)), null, "cannot be read");
    }

    // ---- one tensor's entry -----------------------------------------------------------------------------------

    @Test
    void rejectsAnEntryThatIsNotAnObject() throws IOException {
        assertProblem(rejected(SafetensorsWriter.file("{\"w\":\"F32\"}", new byte[0])), "w",
                "its entry is a string, not an object with dtype, shape and data_offsets");
    }

    @Test
    void rejectsAnEntryWithoutDtypeShapeOrOffsets() throws IOException {
        assertProblem(rejected(SafetensorsWriter.file("{\"w\":{\"shape\":[1],\"data_offsets\":[0,4]}}", SafetensorsWriter.f32(1))),
                "w", "its entry has no dtype");
        assertProblem(rejected(SafetensorsWriter.file("{\"w\":{\"dtype\":\"F32\",\"data_offsets\":[0,4]}}", SafetensorsWriter.f32(1))),
                "w", "its entry has no shape");
        assertProblem(rejected(SafetensorsWriter.file("{\"w\":{\"dtype\":\"F32\",\"shape\":[1]}}", SafetensorsWriter.f32(1))),
                "w", "its entry has no data_offsets");
    }

    @Test
    void rejectsFieldsOfTheWrongJsonType() throws IOException {
        assertProblem(rejectedEntry("{\"dtype\":32,\"shape\":[1],\"data_offsets\":[0,4]}"), "w", "its dtype is a number, not a string");
        assertProblem(rejectedEntry("{\"dtype\":\"F32\",\"shape\":\"1\",\"data_offsets\":[0,4]}"), "w",
                "its shape is a string, not an array of dimensions");
        assertProblem(rejectedEntry("{\"dtype\":\"F32\",\"shape\":[\"1\"],\"data_offsets\":[0,4]}"), "w",
                "has a string where a whole-number dimension should be");
        assertProblem(rejectedEntry("{\"dtype\":\"F32\",\"shape\":[1.0],\"data_offsets\":[0,4]}"), "w",
                "has a number where a whole-number dimension should be");
        assertProblem(rejectedEntry("{\"dtype\":\"F32\",\"shape\":[1],\"data_offsets\":{\"begin\":0}}"), "w",
                "its data_offsets is an object, not an array [begin, end]");
        assertProblem(rejectedEntry("{\"dtype\":\"F32\",\"shape\":[1],\"data_offsets\":[0,4,8]}"), "w", "has 3 entries, not 2");
        assertProblem(rejectedEntry("{\"dtype\":\"F32\",\"shape\":[1],\"data_offsets\":[0,null]}"), "w",
                "has null where a whole-number byte offset should be");
    }

    @Test
    void rejectsNegativeAndHugeNumbers() throws IOException {
        assertProblem(rejectedEntry("{\"dtype\":\"F32\",\"shape\":[-1],\"data_offsets\":[0,4]}"), "w",
                "its shape [-1] has a negative dimension");
        assertProblem(rejectedEntry("{\"dtype\":\"F32\",\"shape\":[1],\"data_offsets\":[-4,4]}"), "w", "has a negative offset");
        assertProblem(rejectedEntry("{\"dtype\":\"F32\",\"shape\":[3000000000],\"data_offsets\":[0,4]}"), "w",
                "has a dimension over 2147483647");
        assertProblem(rejectedEntry("{\"dtype\":\"F64\",\"shape\":[2000000000,2000000000,2000000000],\"data_offsets\":[0,4]}"), "w",
                "has more elements than any file can hold");
        assertProblem(rejectedEntry("{\"dtype\":\"F32\",\"shape\":[1],\"data_offsets\":[0,18446744073709551616]}"), "w",
                "reach beyond any file");
    }

    @Test
    void rejectsUnknownDtypesListingTheSupportedOnes() throws IOException {
        assertProblem(rejectedDtype("Q7"), "w", "unknown dtype \"Q7\"; the supported dtypes are F32, F64, F16 or BF16");
        assertProblem(rejectedDtype("float32"), "w", "dtype \"float32\" is not a safetensors type name; safetensors spells it F32");
        assertProblem(rejectedDtype("f16"), "w", "safetensors spells it F16");
    }

    @Test
    void saysIntegerBooleanAndSmallFloatTypesAreNotWeights() throws IOException {
        assertProblem(rejectedDtype("I64"), "w", "dtype \"I64\" is an integer type; weights must be floating point",
                "F32, F64, F16 or BF16");
        assertProblem(rejectedDtype("U8"), "w", "is an integer type");
        assertProblem(rejectedDtype("BOOL"), "w", "dtype \"BOOL\" is a boolean type; weights must be floating point");
        assertProblem(rejectedDtype("F8_E4M3"), "w", "is a float of under 16 bits");
        assertProblem(rejectedDtype("C64"), "w", "is a complex type");
    }

    @Test
    void rejectsADtypeMarkedBigEndian() throws IOException {
        assertProblem(rejectedDtype(">f4"), "w", "dtype \">f4\" is big-endian: the file was written big-endian; safetensors is "
                + "little-endian");
        assertProblem(rejectedDtype("F32BE"), "w", "the file was written big-endian");
        assertProblem(rejectedDtype("F64_BE"), "w", "the file was written big-endian");
        assertProblem(rejectedDtype("<f4"), "w", "carries a byte-order mark", "write F32");
    }

    // ---- byte ranges ----------------------------------------------------------------------------------------------

    @Test
    void rejectsARangeThatDoesNotMatchTheShape() throws IOException {
        byte[] file = new SafetensorsWriter().entry("w", "F32", MATRIX23, 0, 16).data(new byte[16]).bytes();
        assertProblem(rejected(file), "w", "its shape [2, 3] of F32 needs 24 bytes, but its data_offsets [0, 16) hold 16");
    }

    @Test
    void allowsAZeroSizeTensorOnlyWithAnEmptyRange() throws IOException {
        byte[] file = new SafetensorsWriter().entry("none", "F32", new int[] {0}, 0, 4).data(new byte[4]).bytes();
        assertProblem(rejected(file), "none", "its shape [0] of F32 needs 0 bytes, but its data_offsets [0, 4) hold 4");
    }

    @Test
    void rejectsARangeThatBeginsAfterItEnds() throws IOException {
        byte[] file = new SafetensorsWriter().entry("w", "F32", VECTOR2, 8, 0).data(new byte[8]).bytes();
        assertProblem(rejected(file), "w", "its data_offsets [8, 0] begin after they end");
    }

    @Test
    void rejectsARangeBeyondTheDataSection() throws IOException {
        byte[] file = new SafetensorsWriter().entry("w", "F32", VECTOR2, 0, 8).data(new byte[4]).bytes();
        assertProblem(rejected(file), "w", "its bytes [0, 8) run past the end of the data section, which has 4 bytes",
                "truncated");
    }

    @Test
    void rejectsOverlappingRangesNamingBothTensors() throws IOException {
        byte[] file = new SafetensorsWriter()
                .entry("a", "F32", new int[] {4}, 0, 16)
                .entry("b", "F32", VECTOR2, 8, 16)
                .data(new byte[16]).bytes();
        assertProblem(rejected(file), "b", "its bytes [8, 16) overlap those of tensor 'a' [0, 16)");
    }

    @Test
    void rejectsBytesThatBelongToNoTensor() throws IOException {
        byte[] hole = new SafetensorsWriter()
                .entry("a", "F32", VECTOR2, 0, 8)
                .entry("b", "F32", VECTOR2, 16, 24)
                .data(new byte[24]).bytes();
        assertProblem(rejected(hole), null, "bytes [8, 16) of the data section belong to no tensor (between 'a' and 'b')",
                "without gaps");
        byte[] leading = new SafetensorsWriter().entry("a", "F32", VECTOR2, 8, 16).data(new byte[16]).bytes();
        assertProblem(rejected(leading), null, "bytes [0, 8) of the data section belong to no tensor (before 'a')");
        byte[] trailing = new SafetensorsWriter().tensor("a", "F32", VECTOR2, SafetensorsWriter.f32(1, 2)).data(new byte[8]).bytes();
        assertProblem(rejected(trailing), null, "the last 8 bytes of the data section (from byte 8) belong to no tensor (after 'a')");
        assertProblem(rejected(SafetensorsWriter.file("{}", new byte[4])), null, "the last 4 bytes of the data section (from byte 0)");
    }

    // ---- byte order -----------------------------------------------------------------------------------------------

    @Test
    void recognisesF32WrittenBigEndianByItsHugeValues() throws IOException {
        // 0x3FA0007F is 1.25 and a little: its lowest byte, read little-endian as the top one, makes 1.71e38.
        double[] values = {1.25, -0.5, Float.intBitsToFloat(0x3FA0007F), 0, 0.75, -0.125};
        byte[] file = new SafetensorsWriter()
                .tensor("w", "F32", MATRIX23, SafetensorsWriter.f32(ByteOrder.BIG_ENDIAN, values))
                .tensor("b", "F32", VECTOR2, SafetensorsWriter.f32(ByteOrder.BIG_ENDIAN, 0.1, -0.2))
                .bytes();
        assertProblem(rejected(file), "w", "its values read as little-endian are huge or not numbers (1.71e38) but byte-swapped "
                + "they are ordinary (largest 1.25): the file was written big-endian; safetensors is little-endian");
    }

    @Test
    void recognisesF32WrittenBigEndianByItsVanishingValues() throws IOException {
        byte[] file = new SafetensorsWriter()
                .tensor("a", "F32", new int[] {2, 2}, SafetensorsWriter.f32(ByteOrder.BIG_ENDIAN, 1, 2, 3, 4)).bytes();
        assertProblem(rejected(file), "a", "are all vanishingly small (at most 4.6e-41) but byte-swapped they are ordinary "
                + "(largest 4)", "written big-endian");
    }

    @Test
    void recognisesF64WrittenBigEndian() throws IOException {
        byte[] file = new SafetensorsWriter()
                .tensor("w", "F64", VECTOR2, SafetensorsWriter.f64(ByteOrder.BIG_ENDIAN, 0.1, -0.7)).bytes();
        assertProblem(rejected(file), "w", "byte-swapped they are ordinary (largest 0.7)", "written big-endian");
    }

    @Test
    void recognisesTrainedWeightsWrittenBigEndian() throws IOException {
        for (long seed = 1; seed <= 20; seed++) {
            Random random = new Random(seed);
            byte[] file = new SafetensorsWriter()
                    .tensor("hmlp.mlp.0.weight", "F32", new int[] {3, 4}, SafetensorsWriter.f32(ByteOrder.BIG_ENDIAN, gaussians(random, 12)))
                    .tensor("hmlp.mlp.0.bias", "F32", new int[] {3}, SafetensorsWriter.f32(ByteOrder.BIG_ENDIAN, gaussians(random, 3)))
                    .bytes();
            NetworkFormatException e = rejected(file);
            assertTrue(e.getMessage().contains("but byte-swapped they are ordinary"), e.getMessage());
            assertTrue(e.getMessage().endsWith("the file was written big-endian; safetensors is little-endian"), e.getMessage());
        }
    }

    @Test
    void blamesNoByteOrderForOddWeightsAmongOrdinaryOnes() throws IOException {
        for (long seed = 1; seed <= 20; seed++) {
            Random random = new Random(seed);
            double[] weights = gaussians(random, 12);
            double[] odd = {Double.NaN, 1e35f, Float.intBitsToFloat(0x3FA0007F)};
            byte[] file = new SafetensorsWriter()
                    .tensor("w", "F32", new int[] {3, 4}, SafetensorsWriter.f32(weights))
                    .tensor("odd", "F32", new int[] {3}, SafetensorsWriter.f32(odd))
                    .bytes();
            TensorFile read = read(file);
            assertArrayEquals(weights, read.tensors().get("w").values());
            assertArrayEquals(odd, read.tensors().get("odd").values());
        }
    }

    @Test
    void blamesNoByteOrderWhenOtherTensorsReadWellLittleEndian() throws IOException {
        byte[] file = new SafetensorsWriter()
                .tensor("odd", "F32", VECTOR2, SafetensorsWriter.f32(ByteOrder.BIG_ENDIAN, 1.25, Float.intBitsToFloat(0x3FA0007F)))
                .tensor("fine", "F32", VECTOR2, SafetensorsWriter.f32(1.5, -2))
                .bytes();
        assertEquals(2, read(file).tensors().size());
    }

    @Test
    void rejectsMetadataThatSayTheFileIsBigEndian() throws IOException {
        byte[] file = new SafetensorsWriter().metadata(Map.of("byteorder", "big"))
                .tensor("w", "F32", VECTOR2, SafetensorsWriter.f32(1, 2)).bytes();
        assertProblem(rejected(file), null, "its __metadata__ says byteorder = \"big\": the file was written big-endian; "
                + "safetensors is little-endian");
        byte[] little = new SafetensorsWriter().metadata(Map.of("byteorder", "little"))
                .tensor("w", "F32", VECTOR2, SafetensorsWriter.f32(1, 2)).bytes();
        assertEquals(Map.of("byteorder", "little"), read(little).metadata());
    }

    // ---- helpers --------------------------------------------------------------------------------------------------

    /** Float32 values like trained weights: Gaussian, standard deviation 0.5. */
    private static double[] gaussians(Random random, int count) {
        double[] values = new double[count];
        for (int i = 0; i < count; i++) {
            values[i] = (float) (random.nextGaussian() * 0.5);
        }
        return values;
    }

    private TensorFile read(byte[] bytes) throws IOException {
        Path file = directory.resolve("good.safetensors");
        Files.write(file, bytes);
        return importer.read(file);
    }

    private NetworkFormatException rejected(byte[] bytes) throws IOException {
        Path file = directory.resolve("bad.safetensors");
        Files.write(file, bytes);
        return assertThrows(NetworkFormatException.class, () -> importer.read(file));
    }

    /** A file of one tensor 'w' with this entry and 4 bytes of data. */
    private NetworkFormatException rejectedEntry(String entry) throws IOException {
        return rejected(SafetensorsWriter.file("{\"w\":" + entry + "}", SafetensorsWriter.f32(1)));
    }

    private NetworkFormatException rejectedDtype(String dtype) throws IOException {
        return rejected(new SafetensorsWriter().tensor("w", dtype, VECTOR2, SafetensorsWriter.f32(1, 2)).bytes());
    }

    private void assertProblem(NetworkFormatException e, String tensor, String... phrases) {
        assertProblemIn(directory.resolve("bad.safetensors"), e, tensor, phrases);
    }

    private static void assertProblemIn(Path file, NetworkFormatException e, String tensor, String... phrases) {
        String message = e.getMessage();
        assertEquals(1, message.lines().count(), () -> "not one line: " + message);
        assertTrue(message.startsWith(file + ": "), () -> "does not name the file first: " + message);
        assertEquals(file, e.file());
        if (tensor == null) {
            assertNull(e.tensor(), () -> "blames a tensor: " + message);
        } else {
            assertEquals(tensor, e.tensor(), message);
            assertTrue(message.startsWith(file + ": tensor '" + tensor + "': "), () -> "does not name the tensor: " + message);
        }
        for (String phrase : List.of(phrases)) {
            assertTrue(message.contains(phrase), () -> "no \"" + phrase + "\" in: " + message);
        }
    }

    private static byte[] concat(byte[]... parts) {
        int length = 0;
        for (byte[] part : parts) {
            length += part.length;
        }
        byte[] all = new byte[length];
        int at = 0;
        for (byte[] part : parts) {
            System.arraycopy(part, 0, all, at, part.length);
            at += part.length;
        }
        return all;
    }
}
