package org.mips.core.encode;

import org.mips.spi.encode.Encoding;
import org.mips.testkit.AbstractEncodingContractTest;

/** The built-in {@link ScalarEncoding} against the encoding contract. */
class ScalarEncodingContractTest extends AbstractEncodingContractTest {

    @Override
    protected Encoding encoding() {
        return new ScalarEncoding();
    }
}
