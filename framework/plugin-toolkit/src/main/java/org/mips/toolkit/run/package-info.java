/**
 * Running external programs for a plugin: finding a tool on the path, running it in a scratch
 * directory with a timeout, and running an emitted program's {@code main} on sequences in the text form
 * every runnable emitter shares.
 */
package org.mips.toolkit.run;
