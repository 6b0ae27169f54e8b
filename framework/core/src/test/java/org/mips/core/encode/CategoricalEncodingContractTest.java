package org.mips.core.encode;

import org.mips.spi.encode.Encoding;
import org.mips.testkit.AbstractEncodingContractTest;

/** The built-in {@link CategoricalEncoding} against the encoding contract. */
class CategoricalEncodingContractTest extends AbstractEncodingContractTest {

    @Override
    protected Encoding encoding() {
        return new CategoricalEncoding();
    }
}
