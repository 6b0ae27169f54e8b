package org.mips.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mips.core.UserException;
import org.mips.spi.program.Program;
import org.mips.testkit.ContractPrograms;

class ProgramFilesTest {

    @TempDir
    Path dir;

    @Test
    void everyContractProgramSurvivesARoundTrip() {
        for (Program program : ContractPrograms.all()) {
            Path file = dir.resolve(program.name() + ".json");
            ProgramFiles.write(file, program);
            assertEquals(program, ProgramFiles.read(file));
        }
    }

    @Test
    void writingLeavesNoTemporaryFiles() throws IOException {
        ProgramFiles.write(dir.resolve("p.json"), ContractPrograms.binaryAddition());
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(1, files.count());
        }
    }

    @Test
    void errorsNameFileLineAndField() throws IOException {
        Path file = dir.resolve("p.json");
        Files.writeString(file, "{\n \"name\": \"p\",\n \"inputs\": [{\"name\": \"x\", \"min\": 0, \"max\": 1}],\n"
                + " \"outputs\": [{\"name\": \"y\", \"value\": {\"kind\": \"vra\", \"name\": \"x\"}}]\n}\n");
        String message = assertThrows(UserException.class, () -> ProgramFiles.read(file)).getMessage();
        assertEquals(file + ": line 4, column 46: at outputs[0].value: unknown expression kind 'vra' (known: binary, const, if, lookup, unary, var)", message);
    }

    @Test
    void unknownFieldsAreRejected() throws IOException {
        Path file = dir.resolve("p.json");
        Files.writeString(file, "{\"name\": \"p\", \"inputs\": [{\"name\": \"x\", \"min\": 0, \"max\": 1, \"mx\": 2}], \"outputs\": []}");
        String message = assertThrows(UserException.class, () -> ProgramFiles.read(file)).getMessage();
        assertEquals(file + ": line 1, column 67: at inputs[0].mx: unknown field 'mx' (known: max, min, name)", message);
    }
}
