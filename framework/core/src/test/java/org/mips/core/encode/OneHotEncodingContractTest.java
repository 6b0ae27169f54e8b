package org.mips.core.encode;

import org.mips.spi.encode.Encoding;
import org.mips.testkit.AbstractEncodingContractTest;

/** The built-in {@link OneHotEncoding} against the encoding contract. */
class OneHotEncodingContractTest extends AbstractEncodingContractTest {

    @Override
    protected Encoding encoding() {
        return new OneHotEncoding();
    }
}
