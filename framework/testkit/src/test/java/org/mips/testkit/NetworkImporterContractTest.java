package org.mips.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.mips.spi.network.NetworkFormatException;
import org.mips.spi.network.NetworkImporter;
import org.mips.spi.network.Tensor;
import org.mips.spi.network.TensorFile;

/** Guards the guard: the network importer contract passes a sound importer and fails broken ones. */
class NetworkImporterContractTest {

    /** What a broken importer gets wrong. */
    enum Flaw {
        NONE, UPPER_CASE_ID, DOTTED_EXTENSION, LOSES_METADATA, ROUNDS_VALUES, NONDETERMINISTIC, THROWS_ILLEGAL_STATE_ON_TRUNCATION,
        READS_WHAT_IS_THERE_OF_A_TRUNCATED_FILE, MULTI_LINE_MESSAGE, MESSAGE_WITHOUT_FILE, UNCHECKED_IO_ON_MISSING_FILE
    }

    private static final byte[] MAGIC = {'T', 'N', 'S', 'R'};
    private static final AtomicInteger READS = new AtomicInteger();

    /** Writes the little format {@link MiniImporter} reads: magic, metadata, then each tensor's name, shape and values. */
    static void writeMini(TensorFile content, Path file) throws IOException {
        try (OutputStream stream = Files.newOutputStream(file); DataOutputStream out = new DataOutputStream(stream)) {
            out.write(MAGIC);
            out.writeInt(content.metadata().size());
            for (Map.Entry<String, String> entry : content.metadata().entrySet()) {
                out.writeUTF(entry.getKey());
                out.writeUTF(entry.getValue());
            }
            out.writeInt(content.tensors().size());
            for (Tensor tensor : content.tensors().values()) {
                out.writeUTF(tensor.name());
                out.writeInt(tensor.rank());
                for (int dimension : tensor.shape()) {
                    out.writeInt(dimension);
                }
                for (double value : tensor.values()) {
                    out.writeDouble(value);
                }
            }
        }
    }

    /** Reads the little format of {@link #writeMini}, with one flaw at a time. */
    static final class MiniImporter implements NetworkImporter {

        private final Flaw flaw;

        MiniImporter(Flaw flaw) {
            this.flaw = flaw;
        }

        @Override
        public String id() {
            return flaw == Flaw.UPPER_CASE_ID ? "Mini" : "mini";
        }

        @Override
        public String description() {
            return "a little tensor format for testing the contract";
        }

        @Override
        public List<String> extensions() {
            return flaw == Flaw.DOTTED_EXTENSION ? List.of(".tnsr") : List.of("tnsr");
        }

        @Override
        public TensorFile read(Path file) {
            byte[] bytes;
            try {
                bytes = Files.readAllBytes(file);
            } catch (NoSuchFileException e) {
                if (flaw == Flaw.UNCHECKED_IO_ON_MISSING_FILE) {
                    throw new UncheckedIOException(e);
                }
                throw problem(file, "no such file");
            } catch (IOException e) {
                throw problem(file, "cannot be read: " + e.getMessage());
            }
            if (bytes.length < MAGIC.length || !Arrays.equals(Arrays.copyOf(bytes, MAGIC.length), MAGIC)) {
                throw problem(file, "is not a tnsr file");
            }
            Map<String, String> metadata = new LinkedHashMap<>();
            Map<String, Tensor> tensors = new LinkedHashMap<>();
            try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes, MAGIC.length, bytes.length))) {
                int entries = in.readInt();
                for (int i = 0; i < entries; i++) {
                    metadata.put(in.readUTF(), in.readUTF());
                }
                int count = in.readInt();
                for (int t = 0; t < count; t++) {
                    String name = in.readUTF();
                    int[] shape = new int[in.readInt()];
                    int size = 1;
                    for (int d = 0; d < shape.length; d++) {
                        shape[d] = in.readInt();
                        size *= shape[d];
                    }
                    if (size < 0 || size > in.available() / 8) {
                        throw new EOFException();
                    }
                    double[] values = new double[size];
                    for (int i = 0; i < size; i++) {
                        values[i] = in.readDouble();
                        if (flaw == Flaw.ROUNDS_VALUES) {
                            values[i] = Math.round(values[i] * 1000) / 1000.0;
                        }
                    }
                    tensors.put(name, new Tensor(name, shape, values));
                }
            } catch (EOFException e) {
                if (flaw == Flaw.THROWS_ILLEGAL_STATE_ON_TRUNCATION) {
                    throw new IllegalStateException("unexpected end of stream");
                }
                if (flaw != Flaw.READS_WHAT_IS_THERE_OF_A_TRUNCATED_FILE) {
                    throw problem(file, "is truncated");
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            if (flaw == Flaw.LOSES_METADATA) {
                metadata.clear();
            }
            if (flaw == Flaw.NONDETERMINISTIC) {
                metadata.put("read", Integer.toString(READS.incrementAndGet()));
            }
            return new TensorFile(tensors, metadata);
        }

        private NetworkFormatException problem(Path file, String problem) {
            return switch (flaw) {
                case MULTI_LINE_MESSAGE -> new NetworkFormatException(file, null, problem + "\nsee the manual");
                case MESSAGE_WITHOUT_FILE -> new NetworkFormatException(Path.of("input"), null, problem);
                default -> new NetworkFormatException(file, null, problem);
            };
        }
    }

    /** The contract over the little importer with one flaw; JUnit runs each subclass through {@link ContractRun}. */
    abstract static class Contract extends AbstractNetworkImporterContractTest {
        private final Flaw flaw;

        Contract(Flaw flaw) {
            this.flaw = flaw;
        }

        @Override
        protected NetworkImporter importer() {
            return new MiniImporter(flaw);
        }

        @Override
        protected void write(TensorFile content, Path file) throws IOException {
            writeMini(content, file);
        }
    }

    static final class Sound extends Contract {
        Sound() {
            super(Flaw.NONE);
        }
    }

    static final class UpperCaseId extends Contract {
        UpperCaseId() {
            super(Flaw.UPPER_CASE_ID);
        }
    }

    static final class DottedExtension extends Contract {
        DottedExtension() {
            super(Flaw.DOTTED_EXTENSION);
        }
    }

    static final class LosesMetadata extends Contract {
        LosesMetadata() {
            super(Flaw.LOSES_METADATA);
        }
    }

    static final class RoundsValues extends Contract {
        RoundsValues() {
            super(Flaw.ROUNDS_VALUES);
        }
    }

    static final class Nondeterministic extends Contract {
        Nondeterministic() {
            super(Flaw.NONDETERMINISTIC);
        }
    }

    static final class ThrowsIllegalStateOnTruncation extends Contract {
        ThrowsIllegalStateOnTruncation() {
            super(Flaw.THROWS_ILLEGAL_STATE_ON_TRUNCATION);
        }
    }

    static final class ReadsWhatIsThereOfATruncatedFile extends Contract {
        ReadsWhatIsThereOfATruncatedFile() {
            super(Flaw.READS_WHAT_IS_THERE_OF_A_TRUNCATED_FILE);
        }
    }

    static final class MultiLineMessage extends Contract {
        MultiLineMessage() {
            super(Flaw.MULTI_LINE_MESSAGE);
        }
    }

    static final class MessageWithoutFile extends Contract {
        MessageWithoutFile() {
            super(Flaw.MESSAGE_WITHOUT_FILE);
        }
    }

    static final class UncheckedIoOnMissingFile extends Contract {
        UncheckedIoOnMissingFile() {
            super(Flaw.UNCHECKED_IO_ON_MISSING_FILE);
        }
    }

    private static final int FILES = ContractTensorFiles.all().size();
    private static final Set<String> REJECTIONS = Set.of("rejectsAnEmptyFile", "rejectsRandomBytes", "rejectsAFileCutInHalf",
            "rejectsAMissingFile");

    @Test
    void aSoundImporterPasses() {
        ContractRun run = ContractRun.of(Sound.class);
        assertEquals(Set.of(), run.failedMethods(), run::toString);
        assertEquals(FILES, run.passes("readsBackWhatWasWritten"), run::toString);
        assertEquals(FILES, run.passes("readsTheSameFileTheSameWay"), run::toString);
        for (String method : REJECTIONS) {
            assertEquals(1, run.passes(method), () -> method + ": " + run);
        }
        assertEquals(1, run.passes("idAndDescriptionAreWellFormed"), run::toString);
        assertEquals(1, run.passes("extensionsAreLowerCaseWithoutDots"), run::toString);
    }

    @Test
    void anUpperCaseIdFails() {
        ContractRun run = ContractRun.of(UpperCaseId.class);
        assertEquals(Set.of("idAndDescriptionAreWellFormed"), run.failedMethods(), run::toString);
    }

    @Test
    void anExtensionWithADotFails() {
        ContractRun run = ContractRun.of(DottedExtension.class);
        assertEquals(Set.of("extensionsAreLowerCaseWithoutDots"), run.failedMethods(), run::toString);
    }

    @Test
    void anImporterThatLosesTheMetadataFails() {
        ContractRun run = ContractRun.of(LosesMetadata.class);
        assertEquals(Set.of("readsBackWhatWasWritten"), run.failedMethods(), run::toString);
        // every sample but the one without metadata
        assertEquals(FILES - 1, run.failures("readsBackWhatWasWritten"), run::toString);
    }

    @Test
    void anImporterThatChangesValuesFails() {
        ContractRun run = ContractRun.of(RoundsValues.class);
        assertEquals(Set.of("readsBackWhatWasWritten"), run.failedMethods(), run::toString);
        assertEquals(FILES, run.failures("readsBackWhatWasWritten"), run::toString);
    }

    @Test
    void anImporterThatReadsOneFileTwoWaysFails() {
        ContractRun run = ContractRun.of(Nondeterministic.class);
        assertTrue(run.failedMethods().contains("readsTheSameFileTheSameWay"), run::toString);
        assertEquals(FILES, run.failures("readsTheSameFileTheSameWay"), run::toString);
    }

    @Test
    void anImporterThatThrowsAnotherExceptionOnATruncatedFileFails() {
        ContractRun run = ContractRun.of(ThrowsIllegalStateOnTruncation.class);
        assertEquals(Set.of("rejectsAFileCutInHalf"), run.failedMethods(), run::toString);
    }

    @Test
    void anImporterThatMakesTensorsOfATruncatedFileFails() {
        ContractRun run = ContractRun.of(ReadsWhatIsThereOfATruncatedFile.class);
        assertEquals(Set.of("rejectsAFileCutInHalf"), run.failedMethods(), run::toString);
    }

    @Test
    void aMessageOfSeveralLinesFails() {
        ContractRun run = ContractRun.of(MultiLineMessage.class);
        assertEquals(REJECTIONS, run.failedMethods(), run::toString);
    }

    @Test
    void aMessageThatDoesNotNameTheFileFails() {
        ContractRun run = ContractRun.of(MessageWithoutFile.class);
        assertEquals(REJECTIONS, run.failedMethods(), run::toString);
    }

    @Test
    void anotherExceptionForAMissingFileFails() {
        ContractRun run = ContractRun.of(UncheckedIoOnMissingFile.class);
        assertEquals(Set.of("rejectsAMissingFile"), run.failedMethods(), run::toString);
    }
}
