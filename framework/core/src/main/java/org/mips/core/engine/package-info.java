/** The built-in {@code local} execution engine, and what the command line needs to start any engine. */
package org.mips.core.engine;
