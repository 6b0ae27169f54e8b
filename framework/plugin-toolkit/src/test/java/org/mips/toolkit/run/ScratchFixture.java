package org.mips.toolkit.run;

import java.io.File;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;

/** A process that uses a {@link ScratchDirectory} as a tool run does, for tests of what it leaves behind. */
final class ScratchFixture {

    private ScratchFixture() {
    }

    /** {@code hold}: creates a scratch directory, prints its path, and never ends. {@code use}: creates one, prints it, closes it. */
    public static void main(String[] args) throws Exception {
        ScratchDirectory dir = ScratchDirectory.create("mips-fixture");
        System.out.println(dir.path());
        System.out.flush();
        if (args[0].equals("hold")) {
            Thread.sleep(Long.MAX_VALUE);
        }
        dir.close();
    }

    /** The command line that runs this class in a new JVM whose temporary directory is {@code tmp}. */
    static List<String> command(Path tmp, String mode) {
        String classPath = location(ScratchFixture.class) + File.pathSeparator + location(ScratchDirectory.class);
        return List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-XX:TieredStopAtLevel=1",
                "-XX:+UseSerialGC", "-Djava.io.tmpdir=" + tmp, "-cp", classPath, ScratchFixture.class.getName(), mode);
    }

    private static String location(Class<?> type) {
        try {
            return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
