package org.mips.toolkit.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.mips.spi.program.BinaryOp;
import org.mips.spi.program.Expr;
import org.mips.spi.program.Input;
import org.mips.spi.program.Output;
import org.mips.spi.program.Program;
import org.mips.spi.program.StateVariable;
import org.mips.testkit.ContractPrograms;

class UpdateOrderTest {

    @Test
    void acyclicProgramsKeepTheSequentialOrder() {
        assertEquals(List.of(List.of("s"), List.of("c")), names(UpdateOrder.groups(ContractPrograms.binaryAddition())));
    }

    @Test
    void onlyTheVariablesOfACycleAreAssignedTogether() {
        List<List<String>> everyOperator = names(UpdateOrder.groups(ContractPrograms.everyOperator()));
        assertEquals(List.of(List.of("p", "q")), everyOperator.stream().filter(g -> g.size() > 1).toList());
        List<List<String>> reserved = names(UpdateOrder.groups(ContractPrograms.reservedNames()));
        assertEquals(List.of(List.of("a", "next_a", "nextA")), reserved.stream().filter(g -> g.size() > 1).toList());
    }

    @Test
    void everyVariableIsAssignedAfterAllItsReaders() {
        for (Program program : ContractPrograms.all()) {
            Set<String> assigned = new HashSet<>();
            for (List<StateVariable> group : UpdateOrder.groups(program)) {
                Set<String> members = new HashSet<>(names(List.of(group)).get(0));
                for (StateVariable reader : program.state()) {
                    boolean readsGroup = reader.next().variables().stream().anyMatch(members::contains);
                    if (readsGroup && !members.contains(reader.name()) && !isIdentity(reader)) {
                        assertTrue(assigned.contains(reader.name()), program.name() + ": " + reader.name()
                                + " reads " + members + " but is assigned after it");
                    }
                }
                assigned.addAll(members);
            }
        }
    }

    @Test
    void variablesThatKeepTheirValueAreNotAssigned() {
        Expr x = Expr.var("x");
        Program program = new Program("keep", List.of(new Input("x", 0, 1)),
                List.of(new StateVariable("k", 5, Expr.var("k")),
                        new StateVariable("a", 0, Expr.var("b")),
                        new StateVariable("b", 0, Expr.binary(BinaryOp.ADD, Expr.var("a"), x))),
                List.of(new Output("y", Expr.var("k"))));
        assertEquals(List.of(List.of("a", "b")), names(UpdateOrder.groups(program)));
    }

    private static boolean isIdentity(StateVariable s) {
        return s.next() instanceof Expr.Var v && v.name().equals(s.name());
    }

    private static List<List<String>> names(List<List<StateVariable>> groups) {
        return groups.stream().map(g -> g.stream().map(StateVariable::name).toList()).toList();
    }
}
