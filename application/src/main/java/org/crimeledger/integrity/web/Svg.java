package org.crimeledger.integrity.web;

import java.util.Locale;

/** The few pieces of SVG the charts need, with text escaped; numbers to one decimal place. */
final class Svg {

    private final StringBuilder out = new StringBuilder();

    Svg(String id, int width, int height, String title, String description) {
        out.append("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" class=\"integrity-chart\" viewBox=\"0 0 ")
                .append(width).append(' ').append(height).append("\" aria-labelledby=\"").append(id).append("-title ")
                .append(id).append("-desc\"><title id=\"").append(id).append("-title\">").append(escape(title))
                .append("</title><desc id=\"").append(id).append("-desc\">").append(escape(description)).append("</desc>");
    }

    Svg line(double x1, double y1, double x2, double y2, String style) {
        out.append(String.format(Locale.UK, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" %s/>",
                x1, y1, x2, y2, attributes(style)));
        return this;
    }

    Svg polyline(double[] xs, double[] ys, String style) {
        out.append("<polyline fill=\"none\"").append(attributes(style)).append(" points=\"");
        for (int i = 0; i < xs.length; i++) {
            out.append(String.format(Locale.UK, "%.1f,%.1f ", xs[i], ys[i]));
        }
        out.append("\"/>");
        return this;
    }

    Svg circle(double x, double y, double r, String style) {
        out.append(String.format(Locale.UK, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"%.1f\"%s/>", x, y, r, attributes(style)));
        return this;
    }

    /** A square, for points that raised an alert: a different shape, not only a different colour. */
    Svg square(double x, double y, double half, String style) {
        out.append(String.format(Locale.UK, "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\"%s/>",
                x - half, y - half, 2 * half, 2 * half, attributes(style)));
        return this;
    }

    Svg text(double x, double y, String text, String anchor) {
        out.append(String.format(Locale.UK, "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"%s\" font-size=\"12\" "
                + "font-family=\"Arial, sans-serif\">", x, y, anchor)).append(escape(text)).append("</text>");
        return this;
    }

    String end() {
        return out.append("</svg>").toString();
    }

    /**
     * A CSS declaration list such as {@code stroke:#0b0c0c;stroke-width:1} as SVG presentation attributes,
     * because the Content-Security-Policy refuses inline style attributes.
     */
    static String attributes(String style) {
        StringBuilder attributes = new StringBuilder();
        for (String declaration : style.split(";")) {
            int colon = declaration.indexOf(':');
            if (colon > 0) {
                attributes.append(' ').append(declaration.substring(0, colon).trim()).append("=\"")
                        .append(escape(declaration.substring(colon + 1).trim())).append('"');
            }
        }
        return attributes.toString();
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
