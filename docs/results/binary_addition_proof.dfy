// Binary_Addition: a proof, checked by dafny /compile:0, that
// for every input sequence of every length over the alphabet, Binary_Addition emits exactly what the specification of Binary_Addition emits.
// And its outputs, read least significant digit first, are the sum of its two inputs modulo 2^n for every length n.
// Written by mips from the program and the task's specification; every lemma is generated.

datatype In = In(i0: int, i1: int)
datatype Out = Out(o0: int)
datatype SState = SState(s_digit: int, s_carry: int)
datatype PState = PState(p_b0: int, p_b1: int)

predicate InputOk(x: In) {
  0 <= x.i0 <= 1 && 0 <= x.i1 <= 1
}

predicate AllOk(xs: seq<In>) {
  forall i :: 0 <= i < |xs| ==> InputOk(xs[i])
}

function InitS(): SState {
  SState(0, 0)
}

function StepS(s: SState, x: In): SState {
  SState((x.i0 + x.i1 + s.s_carry) % 2,
    (x.i0 + x.i1 + s.s_carry) / 2)
}

// The outputs of a step, from the updated state and the step's inputs.
function OutS(s: SState, x: In): Out {
  Out(s.s_digit)
}

function SpecRun(xs: seq<In>, s: SState): seq<Out>
  decreases |xs|
{
  if |xs| == 0 then [] else [OutS(StepS(s, xs[0]), xs[0])] + SpecRun(xs[1..], StepS(s, xs[0]))
}

function InitP(): PState {
  PState(0, 0)
}

function StepP(p: PState, x: In): PState {
  PState((if p.p_b0 + x.i0 + x.i1 > 1 then 1 else 0),
    (if ((p.p_b0 != 0) != (x.i0 != 0)) != (x.i1 != 0) then 1 else 0))
}

// The outputs of a step, from the updated state and the step's inputs.
function OutP(p: PState, x: In): Out {
  Out(p.p_b1)
}

function ProgRun(xs: seq<In>, p: PState): seq<Out>
  decreases |xs|
{
  if |xs| == 0 then [] else [OutP(StepP(p, xs[0]), xs[0])] + ProgRun(xs[1..], StepP(p, xs[0]))
}

// The abstraction function: the program's state that corresponds to a state of the specification.
function Phi(s: SState): PState {
  PState(s.s_carry, s.s_digit)
}

// Contains every state the specification reaches; StepsCorrespond proves it is kept by every step.
// Opaque: the induction only passes it on, and a list of states unfolded there sends Z3 searching.
predicate {:opaque} Reach(s: SState) {
  s == SState(0, 0)
  || s == SState(1, 0)
  || s == SState(0, 1)
  || s == SState(1, 1)
}

lemma InitialStatesCorrespond()
  ensures Reach(InitS()) && Phi(InitS()) == InitP()
{
  reveal Reach();
}

// One step from any state the specification can reach keeps the correspondence and the outputs equal.
lemma StepsCorrespond(s: SState, x: In)
  requires Reach(s) && InputOk(x)
  ensures Reach(StepS(s, x))
  ensures Phi(StepS(s, x)) == StepP(Phi(s), x)
  ensures OutP(StepP(Phi(s), x), x) == OutS(StepS(s, x), x)
{
  reveal Reach();
}

lemma RunsCorrespond(xs: seq<In>, s: SState)
  requires Reach(s) && AllOk(xs)
  ensures ProgRun(xs, Phi(s)) == SpecRun(xs, s)
  decreases |xs|
{
  if |xs| > 0 {
    StepsCorrespond(s, xs[0]);
    assert AllOk(xs[1..]);
    RunsCorrespond(xs[1..], StepS(s, xs[0]));
  }
}

// The theorem: on every input sequence over the alphabet, of every length, the outputs are equal.
lemma ProgramMeetsSpecification(xs: seq<In>)
  requires AllOk(xs)
  ensures ProgRun(xs, InitP()) == SpecRun(xs, InitS())
{
  InitialStatesCorrespond();
  RunsCorrespond(xs, InitS());
}

// The program itself, executable; its loop invariant ties it to ProgRun, hence to the specification.
method Run(xs: seq<In>) returns (ys: seq<Out>)
  requires AllOk(xs)
  ensures ys == SpecRun(xs, InitS())
{
  ProgramMeetsSpecification(xs);
  var p_b0 := 0;
  var p_b1 := 0;
  ys := [];
  var i := 0;
  while i < |xs|
    invariant 0 <= i <= |xs|
    invariant ys + ProgRun(xs[i..], PState(p_b0, p_b1)) == ProgRun(xs, InitP())
  {
    var x := xs[i];
    ghost var before := PState(p_b0, p_b1);
    assert xs[i..] == [x] + xs[i + 1..];
    assert ProgRun(xs[i..], before) == [OutP(StepP(before, x), x)] + ProgRun(xs[i + 1..], StepP(before, x));
    p_b0, p_b1 := (if p_b0 + x.i0 + x.i1 > 1 then 1 else 0), (if ((p_b0 != 0) != (x.i0 != 0)) != (x.i1 != 0) then 1 else 0);
    assert PState(p_b0, p_b1) == StepP(before, x);
    var out := Out(p_b1);
    assert out == OutP(StepP(before, x), x);
    ys := ys + [out];
    i := i + 1;
  }
  assert xs[i..] == [];
}

// The arithmetic meaning: read least significant digit first, the outputs are the sum of the two
// inputs modulo 2^n, for every length n. Proven of the specification, then carried to the program
// by ProgramMeetsSpecification.
function Pow(n: nat): int
  ensures Pow(n) > 0
{
  if n == 0 then 1 else 2 * Pow(n - 1)
}

function Value(ds: seq<int>): int
  decreases |ds|
{
  if |ds| == 0 then 0 else ds[0] + 2 * Value(ds[1..])
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
  if |xs| == 0 then s.s_carry else CarryOut(xs[1..], StepS(s, xs[0]))
}

lemma {:induction false} SpecificationAdds(xs: seq<In>, s: SState)
  requires AllOk(xs) && 0 <= s.s_carry <= 1
  ensures 0 <= CarryOut(xs, s) <= 1
  ensures 0 <= Value(Digits(SpecRun(xs, s))) < Pow(|xs|)
  ensures Value(Digits(SpecRun(xs, s))) + Pow(|xs|) * CarryOut(xs, s)
          == Value(FirstInput(xs)) + Value(SecondInput(xs)) + s.s_carry
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
    assert OutS(t, x).o0 + 2 * t.s_carry == x.i0 + x.i1 + s.s_carry;
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

