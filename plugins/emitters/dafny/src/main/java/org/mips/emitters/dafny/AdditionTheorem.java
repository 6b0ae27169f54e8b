package org.mips.emitters.dafny;

import java.util.Optional;
import org.mips.spi.program.Input;
import org.mips.spi.program.Program;
import org.mips.spi.prove.Property;

/**
 * The theorem of {@link Property.SumOfInputs}: the program's outputs, read least significant digit first,
 * equal the sum of its two inputs modulo base^n for every length n. The specification is shown to add by
 * induction over its carry (the step's output plus base times the new carry is the column sum), and the
 * program inherits it through the refinement theorem. Appended to a refinement proof module, whose names
 * ({@code SState}, {@code In}, {@code Out}, {@code OutS}, {@code SpecRun}, {@code ProgRun}) it uses.
 */
final class AdditionTheorem {

    private AdditionTheorem() {
    }

    /** The theorem for {@code sum} over {@code specification}, or why it cannot be stated there. */
    static PropertyTheorems.Theorem of(Property.SumOfInputs sum, Program specification) {
        Optional<String> unfit = unfit(sum, specification);
        if (unfit.isPresent()) {
            return new PropertyTheorems.Theorem.None(sum, unfit.get());
        }
        String dafny = TEXT.replace("BASE", Integer.toString(sum.base())).replace("s_CARRY", "s_" + sum.carry());
        return new PropertyTheorems.Theorem.Proof(sum, dafny);
    }

    /** What keeps the theorem from being stated of {@code specification}: its shape, not its truth, which dafny checks. */
    private static Optional<String> unfit(Property.SumOfInputs sum, Program specification) {
        if (specification.inputs().size() != 2 || specification.outputs().size() != 1) {
            return Optional.of("a sum of two inputs needs a specification with two inputs and one output");
        }
        for (Input input : specification.inputs()) {
            if (input.min() != 0 || input.max() != sum.base() - 1) {
                return Optional.of("input " + input.name() + " is not a base-" + sum.base() + " digit (0.." + (sum.base() - 1) + ")");
            }
        }
        boolean carry = specification.state().stream().anyMatch(v -> v.name().equals(sum.carry()));
        return carry ? Optional.empty() : Optional.of("the specification has no state variable '" + sum.carry() + "' to carry with");
    }

    private static final String TEXT = """

// The arithmetic meaning: read least significant digit first, the outputs are the sum of the two
// inputs modulo BASE^n, for every length n. Proven of the specification, then carried to the program
// by ProgramMeetsSpecification.
function Pow(n: nat): int
  ensures Pow(n) > 0
{
  if n == 0 then 1 else BASE * Pow(n - 1)
}

function Value(ds: seq<int>): int
  decreases |ds|
{
  if |ds| == 0 then 0 else ds[0] + BASE * Value(ds[1..])
}

function FirstInput(xs: seq<In>): seq<int>
  decreases |xs|
{
  if |xs| == 0 then [] else [xs[0].i0] + FirstInput(xs[1..])
}

function SecondInput(xs: seq<In>): seq<int>
  decreases |xs|
{
  if |xs| == 0 then [] else [xs[0].i1] + SecondInput(xs[1..])
}

function Digits(os: seq<Out>): seq<int>
  decreases |os|
{
  if |os| == 0 then [] else [os[0].o0] + Digits(os[1..])
}

function CarryOut(xs: seq<In>, s: SState): int
  decreases |xs|
{
  if |xs| == 0 then s.s_CARRY else CarryOut(xs[1..], StepS(s, xs[0]))
}

lemma {:induction false} SpecificationAdds(xs: seq<In>, s: SState)
  requires AllOk(xs) && 0 <= s.s_CARRY <= 1
  ensures 0 <= CarryOut(xs, s) <= 1
  ensures 0 <= Value(Digits(SpecRun(xs, s))) < Pow(|xs|)
  ensures Value(Digits(SpecRun(xs, s))) + Pow(|xs|) * CarryOut(xs, s)
          == Value(FirstInput(xs)) + Value(SecondInput(xs)) + s.s_CARRY
  decreases |xs|
{
  if |xs| > 0 {
    var x := xs[0];
    var t := StepS(s, x);
    assert AllOk(xs[1..]);
    SpecificationAdds(xs[1..], t);
    assert SpecRun(xs, s) == [OutS(t, x)] + SpecRun(xs[1..], t);
    assert Digits(SpecRun(xs, s)) == [OutS(t, x).o0] + Digits(SpecRun(xs[1..], t));
    assert FirstInput(xs) == [x.i0] + FirstInput(xs[1..]);
    assert SecondInput(xs) == [x.i1] + SecondInput(xs[1..]);
    assert OutS(t, x).o0 + BASE * t.s_CARRY == x.i0 + x.i1 + s.s_CARRY;
  }
}

lemma MulAtLeast(a: int, m: int)
  requires a >= 1 && m > 0
  ensures a * m >= m
{
  var k := a - 1;
  assert a * m == k * m + m;
  if k > 0 { MulAtLeast(k, m); }
}

lemma {:induction false} ModuloOfSplit(total: int, low: int, high: int, m: int)
  requires m > 0 && 0 <= low < m && total == low + m * high
  ensures total % m == low
{
  var q := total / m;
  var r := total % m;
  assert total == q * m + r;
  assert (high - q) * m == r - low;
  if high > q {
    MulAtLeast(high - q, m);
  } else if high < q {
    MulAtLeast(q - high, m);
    assert (q - high) * m == low - r;
  }
}

// The theorem the paper proved by hand for its binary adder, here generated for the synthesized program.
lemma {:induction false} ProgramAddsModuloPower(xs: seq<In>)
  requires AllOk(xs)
  ensures Value(Digits(ProgRun(xs, InitP()))) == (Value(FirstInput(xs)) + Value(SecondInput(xs))) % Pow(|xs|)
{
  ProgramMeetsSpecification(xs);
  SpecificationAdds(xs, InitS());
  var total := Value(FirstInput(xs)) + Value(SecondInput(xs));
  var low := Value(Digits(SpecRun(xs, InitS())));
  ModuloOfSplit(total, low, CarryOut(xs, InitS()), Pow(|xs|));
  assert low == total % Pow(|xs|);
  // Passing the runs' equality through a lemma keeps Z3 from unfolding the program's run.
  SameRunSameValue(ProgRun(xs, InitP()), SpecRun(xs, InitS()));
}

lemma {:induction false} SameRunSameValue(a: seq<Out>, b: seq<Out>)
  requires a == b
  ensures Value(Digits(a)) == Value(Digits(b))
{
}

""";
}
