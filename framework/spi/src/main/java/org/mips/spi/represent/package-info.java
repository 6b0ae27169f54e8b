/** From hidden states to discrete variables: traces, representations, detectors and state machines. */
package org.mips.spi.represent;
