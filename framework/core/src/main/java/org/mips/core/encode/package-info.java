/** The built-in encodings ({@code scalar}, {@code one-hot}, {@code categorical}) and fitting them to a task's columns. */
package org.mips.core.encode;
