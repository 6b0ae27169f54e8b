package org.mips.core.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.mips.core.search.SearchResult;
import org.mips.core.search.TrialRecord;
import org.mips.core.search.TrialStop;
import org.mips.spi.training.Evaluation;

/** Chart scaling at its edges: one point, equal values, missing values, nothing at all. */
class ChartsTest {

    private static final double NAN = Double.NaN;

    /** Every number in the SVG's attributes is finite and the picture has no NaN anywhere. */
    private static void assertClean(String svg) {
        assertFalse(svg.contains("NaN"), svg);
        assertFalse(svg.contains("Infinity"), svg);
        Matcher numbers = Pattern.compile(" (?:x|y|x1|x2|y1|y2|cx|cy|r|width|height)=\"([^\"]*)\"").matcher(svg);
        while (numbers.find()) {
            assertTrue(Double.isFinite(Double.parseDouble(numbers.group(1))), numbers.group());
        }
    }

    @Test
    void aScaleMapsItsEndsAndWidensAnEmptyDomain() {
        Scale scale = Scale.of(0, 10, 100, 200);
        assertEquals(100, scale.map(0), 1e-9);
        assertEquals(150, scale.map(5), 1e-9);
        assertEquals(List.of(0.0, 2.0, 4.0, 6.0, 8.0, 10.0), scale.ticks(5));
        Scale flat = Scale.of(3, 3, 0, 100);
        assertTrue(flat.low() < 3 && flat.high() > 3);
        assertEquals(50, flat.map(3), 1e-9);
        Scale none = Scale.fitting(List.of(NAN, NAN), false, 0, 100);
        assertTrue(Double.isFinite(none.map(0.5)));
        assertFalse(none.ticks(4).isEmpty());
    }

    @Test
    void aCurveOfOnePointIsADot() {
        String svg = CurveChart.svg(List.of(new Evaluation(100, 0.5, 0.6, 0.9)));
        assertClean(svg);
        assertEquals(3, svg.split("<circle ", -1).length - 1);
        assertFalse(svg.contains("<polyline"));
    }

    @Test
    void equalValuesAndMissingOnesStayFinite() {
        List<Evaluation> points = List.of(new Evaluation(100, 0, NAN, 1),
                new Evaluation(200, 0, NAN, 1), new Evaluation(300, 0, NAN, 1));
        String svg = CurveChart.svg(points);
        assertClean(svg);
        assertEquals(2, svg.split("<polyline", -1).length - 1, "accuracy and train loss, no test loss");
        assertClean(CurveChart.svg(List.of()));
    }

    @Test
    void aMissingValueBreaksTheLine() {
        List<Evaluation> points = List.of(new Evaluation(1, 0.3, 0.3, 0.5),
                new Evaluation(2, 0.2, 0.2, NAN), new Evaluation(3, 0.1, 0.1, 0.7),
                new Evaluation(4, 0.05, 0.05, 0.8));
        String svg = CurveChart.svg(points);
        assertClean(svg);
        // Accuracy: a lone first point, then a line through the last two; each loss is one line.
        assertEquals(3, svg.split("<polyline", -1).length - 1);
    }

    @Test
    void trialsWithoutStartTimesAreLaidEndToEnd() {
        TrialRecord first = new TrialRecord(1, "1,1,0,1,0", 0, 100, 2, NAN, 0.5, false, null, TrialStop.PLATEAU, null);
        TrialRecord second = new TrialRecord(2, "2,2,8,1,0", 0, 200, 3, NAN, 1, true, 200, TrialStop.PERFECT, null);
        String svg = TrialChart.svg(List.of(first, second), NAN);
        assertClean(svg);
        assertEquals(1, svg.split("class=\"bar perfect\"", -1).length - 1);
        assertTrue(svg.contains("#2  2,2,8,1,0"));
        assertFalse(svg.contains("class=\"budget\""));
        assertClean(TrialChart.svg(List.of(new TrialRecord(1, "a", 0, 0, NAN, NAN, NAN, false, null, TrialStop.FAILED, null)),
                0));
    }

    @Test
    void trialsAreInTheOrderTheSearchStartedThem() {
        TrialRecord late = new TrialRecord(2, "2,2,8,1,0", 0, 200, 3, 1, 1, true, 200, TrialStop.PERFECT, null);
        TrialRecord early = new TrialRecord(1, "1,1,0,1,0", 0, 100, 1, 0, 0.5, false, null, TrialStop.PLATEAU, "no progress");
        SearchResult search = new SearchResult(SearchResult.SCHEMA_VERSION, "T", "cpu", "ladder", null, 1, true, 4, 10, 2,
                List.of(late, early), null);
        assertEquals(List.of(early, late), TrialChart.trials(search));
        assertEquals("plateau", TrialChart.stop(early));
    }

    @Test
    void formatsWithoutLocaleOrNaN() {
        assertEquals("1,234,567", Fmt.count(1_234_567));
        assertEquals("0.25", Fmt.num(0.25));
        assertEquals("3", Fmt.num(3.0));
        assertEquals(Fmt.NONE, Fmt.num(NAN));
        assertEquals("99.99%", Fmt.percent(0.999999));
        assertEquals("100.00%", Fmt.percent(1.0));
        assertEquals("75.0 s (1 min 15 s)", Fmt.seconds(75));
    }

    @Test
    void escapesTextAndRelativeLinks() {
        assertEquals("&lt;b a=&quot;1&quot;&gt; &amp; &#39;", Html.escape("<b a=\"1\"> & '"));
        assertEquals("tasks/A%20B/proof.dfy", Html.href("tasks/A B/proof.dfy"));
        assertEquals("javascript%3Aalert%281%29", Html.href("javascript:alert(1)"));
    }
}
