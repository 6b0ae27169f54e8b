package org.mips.core.imports;

import java.io.IOException;
import java.nio.file.Path;
import org.mips.spi.network.NetworkImporter;
import org.mips.spi.network.TensorFile;
import org.mips.testkit.AbstractNetworkImporterContractTest;

/** The built-in {@link SafetensorsImporter} against the network importer contract, on files written as F32. */
class SafetensorsImporterContractTest extends AbstractNetworkImporterContractTest {

    @Override
    protected NetworkImporter importer() {
        return new SafetensorsImporter();
    }

    @Override
    protected void write(TensorFile content, Path file) throws IOException {
        SafetensorsWriter.writeF32(content, file);
    }
}
