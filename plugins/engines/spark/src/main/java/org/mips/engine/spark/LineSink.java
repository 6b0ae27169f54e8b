package org.mips.engine.spark;

import java.io.Serializable;

/**
 * Where an executor streams a job's lines as they are printed: the driver's {@link JobLines} socket.
 *
 * @param host  the driver's address as Spark gives it to executors
 * @param token what the driver's socket takes as proof that a connection is one of this application's jobs
 * @param key   the job's key among the driver's running jobs
 */
record LineSink(String host, int port, String token, String key) implements Serializable {

    /** The first line of a stream: token, the Spark task's attempt and the job's key, tab-separated. */
    String header(int attempt) {
        return token + "\t" + attempt + "\t" + key;
    }
}
