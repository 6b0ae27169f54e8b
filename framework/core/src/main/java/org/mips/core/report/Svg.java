package org.mips.core.report;

/**
 * The few SVG elements the charts draw, with coordinates formatted by {@link Fmt#coord} and text
 * escaped. The SVGs are inline in HTML, which puts them in the SVG namespace without an xmlns.
 */
final class Svg {

    private Svg() {
    }

    /** Opens an {@code <svg>} of the given size that scales down with the page. */
    static String open(double width, double height, String cssClass, String label) {
        return "<svg class=\"" + cssClass + "\" viewBox=\"0 0 " + Fmt.coord(width) + " " + Fmt.coord(height)
                + "\" width=\"" + Fmt.coord(width) + "\" height=\"" + Fmt.coord(height)
                + "\" role=\"img\" aria-label=\"" + Html.escape(label) + "\">";
    }

    static String line(double x1, double y1, double x2, double y2, String cssClass) {
        return "<line class=\"" + cssClass + "\" x1=\"" + Fmt.coord(x1) + "\" y1=\"" + Fmt.coord(y1) + "\" x2=\""
                + Fmt.coord(x2) + "\" y2=\"" + Fmt.coord(y2) + "\"/>";
    }

    /** Text; {@code anchor} is start, middle or end. */
    static String text(double x, double y, String anchor, String cssClass, String content) {
        return "<text class=\"" + cssClass + "\" x=\"" + Fmt.coord(x) + "\" y=\"" + Fmt.coord(y)
                + "\" text-anchor=\"" + anchor + "\">" + Html.escape(content) + "</text>";
    }

    static String circle(double x, double y, double r, String style) {
        return "<circle cx=\"" + Fmt.coord(x) + "\" cy=\"" + Fmt.coord(y) + "\" r=\"" + Fmt.coord(r) + "\" "
                + style + "/>";
    }

    static String rect(double x, double y, double width, double height, String style) {
        return "<rect x=\"" + Fmt.coord(x) + "\" y=\"" + Fmt.coord(y) + "\" width=\"" + Fmt.coord(Math.max(0, width))
                + "\" height=\"" + Fmt.coord(Math.max(0, height)) + "\" " + style + "/>";
    }

    /** A tooltip for the element it is placed in. */
    static String title(String content) {
        return "<title>" + Html.escape(content) + "</title>";
    }
}
