package no.innspill.consultation.builder;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.innspill.form.Question;
import no.innspill.form.QuestionKind;
import org.springframework.util.MultiValueMap;

/**
 * The question editor's fields as posted, and the question of the definition (docs/forms.md) they
 * make. Options and parts are rows of inputs ({@code option-label-2}); a blank row is no option, so
 * the page can offer empty rows to fill in without JavaScript. An id left blank is made from the
 * text beside it, since a case worker thinks in labels, not ids.
 */
record QuestionInput(QuestionKind kind, String id, String text, String help, boolean required, String maxLength,
                     boolean elaboration, String hint, String elaborationMaxLength, List<Row> options, List<Row> parts,
                     String maxFiles, int position) {

    /** Empty rows offered below the filled ones, and added by "more rows". */
    static final int BLANK_ROWS = 3;
    private static final int MAX_ROWS = 200;
    private static final Pattern ROW_PATH = Pattern.compile("(options|parts)\\[(\\d+)]\\.(\\w+)");

    /** One option (id, label) or part (id, title as label, maxLength). */
    record Row(String id, String label, String maxLength, boolean remove) {

        static final Row BLANK = new Row("", "", "", false);

        public boolean blank() {
            return id.isBlank() && label.isBlank() && maxLength.isBlank();
        }

        /** Kept in the question: filled and not marked for removal. */
        public boolean kept() {
            return !remove && !blank();
        }
    }

    QuestionInput {
        options = List.copyOf(options);
        parts = List.copyOf(parts);
    }

    /** The fields of a new question of this kind: empty, with blank rows to fill. */
    static QuestionInput blank(QuestionKind kind, int position) {
        List<Row> rows = blankRows(BLANK_ROWS);
        return new QuestionInput(kind, "", "", "", false, "", false, "", "",
                takesOptions(kind) ? rows : List.of(), kind == QuestionKind.TEXT_WITH_PARTS ? rows : List.of(), "", position);
    }

    /** The fields of a stored question, with blank rows below its options or parts. */
    static QuestionInput of(Question question, int position, int blankRows) {
        List<Row> options = new ArrayList<>();
        question.options().forEach(option -> options.add(new Row(option.id(), option.label(), "", false)));
        List<Row> parts = new ArrayList<>();
        question.parts().forEach(part -> parts.add(new Row(part.id(), part.title(), String.valueOf(part.maxLength()), false)));
        if (takesOptions(question.kind())) {
            options.addAll(blankRows(blankRows));
        }
        if (question.kind() == QuestionKind.TEXT_WITH_PARTS) {
            parts.addAll(blankRows(blankRows));
        }
        Question.Elaboration elaboration = question.elaboration();
        boolean takesText = question.kind() == QuestionKind.TEXT || question.kind() == QuestionKind.TEXT_WITH_PARTS;
        return new QuestionInput(question.kind(), question.id(), question.text(), question.help() == null ? "" : question.help(),
                question.required(), takesText ? String.valueOf(question.maxLength()) : "",
                elaboration != null, elaboration == null || elaboration.hint() == null ? "" : elaboration.hint(),
                elaboration == null ? "" : String.valueOf(elaboration.maxLength()), options, parts,
                question.kind() == QuestionKind.ATTACHMENTS ? String.valueOf(question.maxFiles()) : "", position);
    }

    /** What the editor posted; {@code rows} more blank rows when the case worker asked for them. */
    static QuestionInput fromParams(QuestionKind kind, MultiValueMap<String, String> params, int extraRows) {
        return new QuestionInput(kind, value(params, "id"), value(params, "text"), value(params, "help"),
                params.containsKey("required"), value(params, "maxLength"),
                params.containsKey("elaboration"), value(params, "hint"), value(params, "elaborationMaxLength"),
                takesOptions(kind) ? rows(params, "option", "label", extraRows) : List.of(),
                kind == QuestionKind.TEXT_WITH_PARTS ? rows(params, "part", "title", extraRows) : List.of(),
                value(params, "maxFiles"), position(value(params, "position")));
    }

    static boolean takesOptions(QuestionKind kind) {
        return kind == QuestionKind.CHOICE || kind == QuestionKind.MULTIPLE_CHOICE;
    }

    /** Whether a respondent answers it (all but a heading), so it can be required. */
    public boolean answerable() {
        return kind != QuestionKind.HEADING;
    }

    /**
     * The question as the definition writes it; {@code otherIds} are the ids of the form's other
     * questions, which a made-up id avoids.
     */
    Map<String, Object> toDefinition(Set<String> otherIds) {
        Map<String, Object> question = new LinkedHashMap<>();
        question.put("id", id.isBlank() ? freeQuestionId(otherIds) : id.strip());
        question.put("kind", kind.yamlName());
        question.put("text", text.strip());
        if (!help.isBlank()) {
            question.put("help", help.strip());
        }
        if (kind == QuestionKind.HEADING) {
            return question;
        }
        if (required) {
            question.put("required", true);
        }
        if (takesOptions(kind)) {
            question.put("options", rowsToDefinition(options, "label", false));
            if (elaboration) {
                Map<String, Object> fields = new LinkedHashMap<>();
                if (!hint.isBlank()) {
                    fields.put("hint", hint.strip());
                }
                putNumber(fields, "maxLength", elaborationMaxLength);
                question.put("elaboration", fields);
            }
        } else if (kind == QuestionKind.ATTACHMENTS) {
            putNumber(question, "maxFiles", maxFiles);
        } else {
            putNumber(question, "maxLength", maxLength);
        }
        if (kind == QuestionKind.TEXT_WITH_PARTS) {
            question.put("parts", rowsToDefinition(parts, "title", true));
        }
        return question;
    }

    /**
     * The editor's input for a field of this question in the definition ({@code options[1].label}
     * → {@code option-label-4}, the fifth row when an earlier one was blank), or {@code null}.
     */
    String inputFor(String field) {
        Matcher row = ROW_PATH.matcher(field);
        if (row.matches()) {
            boolean option = row.group(1).equals("options");
            int index = rowIndex(option ? options : parts, Integer.parseInt(row.group(2)));
            return index < 0 ? null : (option ? "option-" : "part-") + row.group(3) + "-" + index;
        }
        return switch (field) {
            case "id", "text", "help", "maxLength", "maxFiles", "hint" -> field;
            case "options" -> "option-label-0";
            case "parts" -> "part-title-0";
            case "elaboration", "elaboration.hint" -> "hint";
            case "elaboration.maxLength" -> "elaborationMaxLength";
            default -> null;
        };
    }

    private static int rowIndex(List<Row> rows, int keptIndex) {
        int kept = -1;
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).kept() && ++kept == keptIndex) {
                return i;
            }
        }
        return -1;
    }

    private static List<Object> rowsToDefinition(List<Row> rows, String labelField, boolean withMaxLength) {
        List<Object> items = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        rows.stream().filter(row -> !row.id().isBlank()).forEach(row -> ids.add(row.id().strip()));
        for (Row row : rows) {
            if (!row.kept()) {
                continue;
            }
            Map<String, Object> item = new LinkedHashMap<>();
            String id = row.id().isBlank() ? idFromLabel(row.label(), ids) : row.id().strip();
            item.put("id", id);
            item.put(labelField, row.label().strip());
            if (withMaxLength) {
                putNumber(item, "maxLength", row.maxLength());
            }
            items.add(item);
        }
        return items;
    }

    /** A number as a number; anything else as typed, for the definition's rules to name. */
    private static void putNumber(Map<String, Object> map, String field, String value) {
        if (value.isBlank()) {
            return;
        }
        try {
            map.put(field, Integer.parseInt(value.strip()));
        } catch (NumberFormatException e) {
            map.put(field, value.strip());
        }
    }

    /** {@code q3}, or {@code h3} for a heading: the first free one from the question's position on. */
    private String freeQuestionId(Set<String> taken) {
        String prefix = kind == QuestionKind.HEADING ? "h" : "q";
        int n = Math.max(1, Math.min(position, 999));
        while (taken.contains(prefix + n)) {
            n++;
        }
        return prefix + n;
    }

    /** An id from a label: «Ikke aktuelt» → ikke_aktuelt, unique among {@code taken}, which it joins. */
    static String idFromLabel(String label, List<String> taken) {
        String ascii = Normalizer.normalize(label.strip().toLowerCase(java.util.Locale.ROOT)
                        .replace("æ", "ae").replace("ø", "o").replace("å", "a"), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .replaceAll("[^a-z0-9]+", "_")
                .replaceAll("^_+|_+$", "");
        if (ascii.isEmpty() || !Character.isLetter(ascii.charAt(0))) {
            ascii = "option" + (ascii.isEmpty() ? "" : "_" + ascii);
        }
        String base = ascii.length() > 36 ? ascii.substring(0, 36).replaceAll("_+$", "") : ascii;
        String id = base;
        for (int n = 2; taken.contains(id); n++) {
            id = base + "_" + n;
        }
        taken.add(id);
        return id;
    }

    private static List<Row> rows(MultiValueMap<String, String> params, String prefix, String labelName, int extraRows) {
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < MAX_ROWS && params.containsKey(prefix + "-" + labelName + "-" + i); i++) {
            rows.add(new Row(value(params, prefix + "-id-" + i), value(params, prefix + "-" + labelName + "-" + i),
                    value(params, prefix + "-maxLength-" + i), params.containsKey(prefix + "-remove-" + i)));
        }
        rows.addAll(blankRows(Math.min(extraRows, MAX_ROWS - rows.size())));
        return rows;
    }

    private static List<Row> blankRows(int count) {
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            rows.add(Row.BLANK);
        }
        return rows;
    }

    private static String value(MultiValueMap<String, String> params, String name) {
        String value = params.getFirst(name);
        return value == null ? "" : value;
    }

    private static int position(String value) {
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            return Integer.MAX_VALUE; // last
        }
    }
}
