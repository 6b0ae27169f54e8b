/**
 * The {@code spark} execution engine: runs mips jobs as the tasks of an Apache Spark application. The driver
 * (the mips command) ships the mips installation to every executor as a Spark archive and each job's
 * directory and inputs with its task; an executor runs the job's {@code mips} command in a child JVM of the
 * shipped installation and returns the directory's files, which the driver writes where the local engine would
 * have left them.
 */
package org.mips.engine.spark;
