package no.innspill.document.word;

/** Escaping for the XML the Word form is written as; text from form definitions is never trusted to be XML-safe. */
final class WordFormXml {

    static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    static final String W14 = "http://schemas.microsoft.com/office/word/2010/wordml";
    static final String MC = "http://schemas.openxmlformats.org/markup-compatibility/2006";
    static final String R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    private WordFormXml() {
    }

    /** Element content on one line: line breaks and tabs become spaces, characters XML 1.0 forbids are dropped. */
    static String text(String value) {
        StringBuilder out = new StringBuilder(value.length() + 16);
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\n', '\r', '\t' -> out.append(' ');
                default -> {
                    if (Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
                        out.append(c).append(value.charAt(++i));
                    } else if (allowed(c)) {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }

    /** An attribute value in double quotes. */
    static String attr(String value) {
        return text(value);
    }

    private static boolean allowed(char c) {
        return (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD);
    }
}
