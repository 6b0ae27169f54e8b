package org.mips.testkit;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The program the execution engine contract runs as its jobs, in place of mips: it needs nothing but the JDK, so
 * that an engine ships only the testkit to where it runs it. An engine gives it {@code --plugins-dir DIR} first when
 * the installation has plugins; it skips that.
 *
 * <ul>
 *   <li>{@code job NAME CODE [INPUT]}: prints {@code started NAME}; writes {@code after.txt}, the content of
 *       {@code before.txt} (empty when there is none) followed by {@code  then NAME}; copies INPUT to
 *       {@code input-copy.txt}; writes {@code stderr of NAME} on standard error; prints {@code ended NAME}; exits with
 *       CODE.</li>
 *   <li>{@code sleep NAME SECONDS}: prints {@code started NAME}, writes {@code sleeping.txt}, and sleeps.</li>
 * </ul>
 */
public final class ContractJob {

    private ContractJob() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        List<String> rest = new ArrayList<>(List.of(args));
        if (rest.size() >= 2 && rest.get(0).equals("--plugins-dir")) {
            rest = rest.subList(2, rest.size());
        }
        String name = rest.get(1);
        System.out.println("started " + name);
        System.out.flush();
        if (rest.get(0).equals("sleep")) {
            Files.writeString(Path.of("sleeping.txt"), name, StandardCharsets.UTF_8);
            Thread.sleep(Long.parseLong(rest.get(2)) * 1000);
            return;
        }
        Path before = Path.of("before.txt");
        String earlier = Files.exists(before) ? Files.readString(before, StandardCharsets.UTF_8) : "";
        Files.writeString(Path.of("after.txt"), earlier + " then " + name, StandardCharsets.UTF_8);
        if (rest.size() > 3) {
            Files.copy(Path.of(rest.get(3)), Path.of("input-copy.txt"));
        }
        System.err.println("stderr of " + name);
        System.out.println("ended " + name);
        System.out.flush();
        System.exit(Integer.parseInt(rest.get(2)));
    }
}
