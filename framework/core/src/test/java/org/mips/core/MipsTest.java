package org.mips.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.mips.core.config.ConfigException;
import org.mips.core.config.Configuration;
import org.mips.core.registry.EchoEmitter;
import org.mips.core.registry.RegisteredComponent;
import org.mips.core.stages.SearchStage;
import org.mips.spi.emit.CodeEmitter;
import org.mips.spi.pipeline.BuiltInStages;
import org.mips.spi.pipeline.Stage;

class MipsTest {

    @Test
    void findsClassPathExtensionsAndCreatesThemThroughGuiceWithTheHostServices() {
        Configuration configuration = Configuration.defaults().with("search.budget", "90s", "test");
        try (Mips mips = Mips.builder().configuration(configuration).start()) {
            CodeEmitter echo = mips.registry().get(CodeEmitter.class, "echo");
            assertEquals("org.mips.core.registry.EchoEmitter", echo.getClass().getName());
            EchoEmitter created = (EchoEmitter) echo;
            assertSame(configuration, created.settings);
            assertSame(echo, created.components.get(CodeEmitter.class, "echo"), "the injected components are the registry's");
            assertEquals(java.time.Duration.ofSeconds(90), created.settings.get(SearchStage.BUDGET));
            assertTrue(mips.classpathComponents().stream().anyMatch(c -> c.origin().equals(RegisteredComponent.CLASSPATH)));
            assertTrue(mips.plugins().isEmpty());
            assertTrue(mips.registry().failures().isEmpty(), () -> mips.registry().failures().toString());
        }
    }

    @Test
    void theBuiltInStagesAreClassPathComponentsAndThePipelineOrdersThem() {
        try (Mips mips = Mips.start(Optional.empty())) {
            assertEquals(BuiltInStages.ALL, mips.pipeline().stages().stream().map(Stage::id).toList());
            assertEquals(BuiltInStages.ALL.stream().sorted().toList(), mips.registry().all(Stage.class).stream().map(Stage::id).toList());
            List<String> keys = mips.settings().stream().map(s -> s.key()).toList();
            assertTrue(keys.containsAll(List.of("search.budget", "search.deadline", "emit.languages", "pipeline.skip", "regress.regressors")),
                    keys::toString);
        }
    }

    @Test
    void aKeyNothingDeclaresIsABadConfigurationNamingItsSourceAndTheNearestKey() {
        Configuration typo = Configuration.defaults().with("search.budgett", "2m", "mips.yml, line 3");
        try (Mips mips = Mips.builder().configuration(typo).start()) {
            ConfigException error = assertThrows(ConfigException.class, mips::registry);
            assertEquals("mips.yml, line 3: no setting 'search.budgett'; did you mean 'search.budget'? ('mips config' lists them all)",
                    error.getMessage());
        }
    }
}
