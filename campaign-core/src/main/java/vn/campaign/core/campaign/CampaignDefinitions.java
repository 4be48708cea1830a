package vn.campaign.core.campaign;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiFunction;
import org.jspecify.annotations.Nullable;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.representer.Representer;
import org.yaml.snakeyaml.resolver.Resolver;
import vn.campaign.core.time.Period;
import vn.campaign.core.unit.UnitCode;
import vn.campaign.core.unit.UnitKind;

/**
 * Reads campaign definitions written as JSON or YAML, so that a campaign — another city, other dates,
 * other obligations, other unit kinds — can be defined without code.
 *
 * <p>The document's fields are those of {@link Campaign} and its parts; {@code docs/campaign-definition.md}
 * describes them and the built-in {@code directive-32.yaml} is a complete example. Dates are ISO-8601
 * ({@code 2022-04-01}). A malformed definition is refused with a problem naming the bad field, such as
 * {@code taskAreas[1].code: required}; nothing is thrown for it.
 *
 * <p>A definition may ship its directive's text ({@code sourceText}, or beside it through
 * {@link #parse(String, String)}); every item is then tied to it by a {@code source} span, an
 * {@code interpretation} or a {@code label}, and a quotation that differs from its span is refused, naming the
 * item (see {@link Fidelity}).
 *
 * @since 0.1.0
 */
public final class CampaignDefinitions {

    private static final int MAX_DOCUMENT_CHARS = 1_000_000;

    private CampaignDefinitions() {
    }

    /**
     * Reads a definition.
     *
     * @param document the JSON or YAML text
     * @return the campaign, or the problem that refused it
     */
    public static DefinitionResult parse(String document) {
        return parse(document, null);
    }

    /**
     * Reads a definition whose directive's text is shipped beside it rather than inside it (as
     * {@code sourceText}).
     *
     * @param document   the JSON or YAML text
     * @param sourceText the directive's text its items are tied to, or {@code null} when the document carries
     *                   its own {@code sourceText} or none
     * @return the campaign, or the problem that refused it
     */
    public static DefinitionResult parse(String document, @Nullable String sourceText) {
        Objects.requireNonNull(document, "document");
        if (document.length() > MAX_DOCUMENT_CHARS) {
            return refused("", "the definition is longer than " + MAX_DOCUMENT_CHARS + " characters");
        }
        Object root;
        try {
            LoaderOptions options = new LoaderOptions();
            options.setAllowDuplicateKeys(false);
            options.setMaxAliasesForCollections(20);
            options.setCodePointLimit(MAX_DOCUMENT_CHARS * 4);
            DumperOptions dumper = new DumperOptions();
            root = new Yaml(new SafeConstructor(options), new Representer(dumper), dumper, options, new TextResolver())
                    .load(document);
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark();
            return refused("", "not valid JSON or YAML: " + e.getProblem()
                    + (mark == null ? "" : " at line " + (mark.getLine() + 1) + ", column " + (mark.getColumn() + 1)));
        } catch (YAMLException e) {
            return refused("", "not valid JSON or YAML: "
                    + Objects.requireNonNullElse(e.getMessage(), "").lines().findFirst().orElse(""));
        }
        try {
            return new DefinitionResult.Defined(campaign(asMap(root, ""), sourceText));
        } catch (Refusal r) {
            return refused(r.field, Objects.requireNonNull(r.getMessage(), "a refusal always has a message"));
        }
    }

    /**
     * Reads a definition from a stream of UTF-8 text.
     *
     * @param in the JSON or YAML document; closed afterwards
     * @return the campaign, or the problem that refused it
     */
    public static DefinitionResult parse(InputStream in) {
        try (in) {
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads a definition and the directive's text it is tied to, both UTF-8 streams; the text is normalised
     * to NFC.
     *
     * @param in         the JSON or YAML document; closed afterwards
     * @param sourceText the directive's text; closed afterwards
     * @return the campaign, or the problem that refused it
     */
    public static DefinitionResult parse(InputStream in, InputStream sourceText) {
        try (in; sourceText) {
            String text = Normalizer.normalize(new String(sourceText.readAllBytes(), StandardCharsets.UTF_8),
                    Normalizer.Form.NFC);
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static DefinitionResult refused(String field, String message) {
        return new DefinitionResult.Refused(new DefinitionProblem(field, message));
    }

    private static Campaign campaign(Map<String, Object> m, @Nullable String shippedText) {
        allowOnly(m, "", List.of("code", "name", "nameEn", "directive", "organiser", "period", "anniversaries", "taskAreas",
                "obligations", "targets", "plaqueWorks", "registrationDeadline", "reminderDays", "evidenceRequired",
                "sourceText", "purpose", "documents", "plaqueList", "review", "approvedChanges",
                "closingGraceDays", "commendationForms", "commendationsOpenOn"));
        String text = sourceText(m, shippedText);
        String codeText = text(m, "code", "");
        CampaignCode code = build("code", () -> new CampaignCode(codeText));
        Map<String, Object> period = map(m, "period", "");
        allowOnly(period, "period", List.of("from", "to", "source", "interpretation", "label"));
        Provenance periodProvenance = provenance(period, "period", text);
        LocalDate from = date(period, "from", "period");
        LocalDate to = date(period, "to", "period");
        Period days = build("period", () -> Period.of(from, to));
        Map<String, Object> d = map(m, "directive", "");
        allowOnly(d, "directive", List.of("number", "issuedOn", "issuer", "issuerEn", "source", "interpretation", "label"));
        Provenance directiveProvenance = provenance(d, "directive", text);
        Directive directive = build("directive", () -> new Directive(text(d, "number", "directive"),
                date(d, "issuedOn", "directive"), text(d, "issuer", "directive"), text(d, "issuerEn", "directive"),
                text, directiveProvenance));
        Passage purpose = null;
        if (value(m, "purpose") != null) {
            Map<String, Object> pm = map(m, "purpose", "");
            allowOnly(pm, "purpose", List.of("text", "source", "interpretation", "label"));
            Provenance pp = provenance(pm, "purpose", text);
            purpose = build("purpose", () -> new Passage(text(pm, "text", "purpose"), pp));
        }
        List<Document> documents = list(m, "documents", "", false, List.of("id", "number", "kind", "issuer", "issuedOn",
                "title", "source", "interpretation", "label"), (o, p) -> {
            String number = optionalText(o, "number", p);
            String id = value(o, "id") == null && number != null ? number : text(o, "id", p);
            DocumentKind kind = enumValue(o, "kind", p, DocumentKind.class);
            LocalDate issuedOn = value(o, "issuedOn") == null ? null : date(o, "issuedOn", p);
            Provenance dp = provenance(o, p, text);
            return build(p, () -> new Document(id, number, kind, optionalText(o, "issuer", p), issuedOn,
                    optionalText(o, "title", p), dp));
        });
        unique(documents.stream().map(Document::id).toList(), "documents", "id", "document");
        Map<String, Document> register = new java.util.LinkedHashMap<>();
        documents.forEach(doc -> register.put(doc.id(), doc));
        String organiser = text(m, "organiser", "");
        UnitCode organiserCode = build("organiser", () -> new UnitCode(organiser));
        List<Anniversary> anniversaries = list(m, "anniversaries", "", false, List.of("name", "nameEn", "since", "celebratedOn",
                "source", "interpretation", "label"), (a, p) -> {
            Provenance ap = provenance(a, p, text);
            return build(p, () -> new Anniversary(text(a, "name", p), text(a, "nameEn", p), date(a, "since", p),
                    date(a, "celebratedOn", p), ap));
        });
        List<TaskArea> areas = list(m, "taskAreas", "", true, List.of("code", "name", "nameEn", "keyTasks", "source",
                "interpretation", "label"), (a, p) -> {
            String areaCode = text(a, "code", p);
            List<KeyTask> tasks = list(a, "keyTasks", p, false, List.of("text", "textEn", "documents", "source",
                    "interpretation", "label"), (t, tp) -> {
                List<String> ids = strings(t, "documents", tp);
                List<Document> cited = new ArrayList<>();
                for (int i = 0; i < ids.size(); i++) {
                    Document doc = register.get(ids.get(i));
                    if (doc == null) {
                        throw new Refusal(tp + ".documents[" + i + "]", "no document with id '" + ids.get(i)
                                + "' in the campaign's documents " + register.keySet().stream().sorted().toList());
                    }
                    cited.add(doc);
                }
                Provenance tpv = provenance(t, tp, text);
                return build(tp, () -> new KeyTask(text(t, "text", tp), text(t, "textEn", tp), cited, tpv));
            });
            Provenance areaProvenance = provenance(a, p, text);
            return build(p, () -> new TaskArea(build(p + ".code", () -> new TaskAreaCode(areaCode)),
                    text(a, "name", p), text(a, "nameEn", p), tasks, areaProvenance));
        });
        unique(areas.stream().map(a -> a.code().value()).toList(), "taskAreas", "code", "task area");
        Set<String> areaCodes = new HashSet<>(areas.stream().map(a -> a.code().value()).toList());
        List<Obligation> obligations = list(m, "obligations", "", false, List.of("code", "name", "nameEn", "appliesTo", "registers",
                "workKinds", "eventKinds", "minimum", "source", "interpretation", "label"), (o, p) -> {
            RegistrationType type = enumValue(o, "registers", p, RegistrationType.class);
            Set<UnitKind> appliesTo = value(o, "appliesTo") == null ? Obligation.DEFAULT_APPLIES_TO
                    : enums(o, "appliesTo", p, UnitKind.class, true);
            Set<WorkKind> workKinds = type == RegistrationType.WORK
                    ? enumsOrAll(o, "workKinds", p, WorkKind.class) : enums(o, "workKinds", p, WorkKind.class, false);
            Set<EventKind> eventKinds = type == RegistrationType.EVENT
                    ? enumsOrAll(o, "eventKinds", p, EventKind.class) : enums(o, "eventKinds", p, EventKind.class, false);
            int minimum = integer(o, "minimum", p, 1);
            Provenance op = provenance(o, p, text);
            return build(p, () -> new Obligation(text(o, "code", p), text(o, "name", p), text(o, "nameEn", p),
                    appliesTo, type, workKinds, eventKinds, minimum, op));
        });
        unique(obligations.stream().map(Obligation::code).toList(), "obligations", "code", "obligation");
        List<Target> targets = list(m, "targets", "", false, List.of("code", "taskArea", "name", "nameEn", "goal", "measure",
                "aggregation", "units", "source", "interpretation", "label"), (t, p) -> {
            String area = text(t, "taskArea", p);
            if (!areaCodes.contains(area)) {
                throw new Refusal(p + ".taskArea", "must be one of the campaign's task areas " + areaCodes
                        + ", got '" + area + "'");
            }
            TaskAreaCode areaCode = build(p + ".taskArea", () -> new TaskAreaCode(area));
            BigDecimal goal = value(t, "goal") == null ? null : decimal(t, "goal", p);
            Target.Aggregation aggregation = enumValue(t, "aggregation", p, Target.Aggregation.class);
            List<UnitCode> units = new ArrayList<>();
            List<String> unitTexts = strings(t, "units", p);
            for (int i = 0; i < unitTexts.size(); i++) {
                String u = unitTexts.get(i);
                units.add(build(p + ".units[" + i + "]", () -> new UnitCode(u)));
            }
            Provenance tp = provenance(t, p, text);
            return build(p, () -> new Target(text(t, "code", p), areaCode, text(t, "name", p), text(t, "nameEn", p),
                    goal, text(t, "measure", p), aggregation, units, tp));
        });
        unique(targets.stream().map(Target::code).toList(), "targets", "code", "target");
        List<PlaqueWork> plaqueWorks = list(m, "plaqueWorks", "", false, List.of("name", "nameEn", "source",
                "interpretation", "label"), (w, p) -> {
            Provenance wp = provenance(w, p, text);
            return build(p, () -> new PlaqueWork(text(w, "name", p), text(w, "nameEn", p), wp));
        });
        PlaqueList plaqueList = PlaqueList.CLOSED;
        if (value(m, "plaqueList") != null) {
            Map<String, Object> pl = map(m, "plaqueList", "");
            allowOnly(pl, "plaqueList", List.of("complete", "source", "interpretation", "label"));
            plaqueList = new PlaqueList(bool(pl, "complete", "plaqueList", true), provenance(pl, "plaqueList", text));
        } else if (text != null) {
            throw new Refusal("plaqueList", "required with a sourceText: it ties the plaque duty to the text");
        }
        Passage purposeValue = purpose;
        PlaqueList plaques = plaqueList;
        LocalDate deadline = value(m, "registrationDeadline") == null ? to : date(m, "registrationDeadline", "");
        if (deadline.isAfter(to)) {
            throw new Refusal("registrationDeadline", "must not fall after the campaign's last day " + to
                    + ", got " + deadline);
        }
        int reminderDays = integer(m, "reminderDays", "", Campaign.DEFAULT_REMINDER_DAYS);
        if (reminderDays < 0) {
            throw new Refusal("reminderDays", "must be 0 or more, got " + reminderDays);
        }
        int closingGraceDays = integer(m, "closingGraceDays", "", 0);
        if (closingGraceDays < 0) {
            throw new Refusal("closingGraceDays", "must be 0 or more, got " + closingGraceDays);
        }
        List<CommendationForm> forms = list(m, "commendationForms", "", false,
                List.of("code", "name", "nameEn", "decidedBy", "recipients"), (f, p) -> {
                    Decider decidedBy = enumValue(f, "decidedBy", p, Decider.class);
                    Set<RecipientKind> recipients = enums(f, "recipients", p, RecipientKind.class, true);
                    return build(p, () -> new CommendationForm(text(f, "code", p), text(f, "name", p),
                            text(f, "nameEn", p), decidedBy, recipients));
                });
        unique(forms.stream().map(CommendationForm::code).toList(), "commendationForms", "code", "commendation form");
        LocalDate commendationsOpenOn = value(m, "commendationsOpenOn") == null ? null
                : date(m, "commendationsOpenOn", "");
        ReviewProcess review = review(m);
        Campaign campaign = build("", () -> new Campaign(code, text(m, "name", ""), text(m, "nameEn", ""), directive,
                organiserCode, days, anniversaries, areas, obligations, targets, plaqueWorks, deadline, reminderDays,
                CampaignStatus.OPEN, flag(m, "evidenceRequired", ""), purposeValue, documents, periodProvenance,
                plaques, review, closingGraceDays, null, forms, commendationsOpenOn));
        Fidelity.Drift drift = Fidelity.firstDrift(campaign);
        if (drift != null) {
            throw new Refusal(drift.field(), drift.reason() + ": the definition says \"" + drift.quoted()
                    + "\", the text at [" + drift.span().start() + ", " + drift.span().end() + ") says \""
                    + drift.source() + "\"");
        }
        return campaign;
    }

    /** The directive's text: shipped beside the document or inside it as {@code sourceText}, not both. */
    private static @Nullable String sourceText(Map<String, Object> m, @Nullable String shipped) {
        if (value(m, "sourceText") == null) {
            return shipped;
        }
        if (shipped != null) {
            throw new Refusal("sourceText", "the directive's text is shipped beside this definition; remove it here");
        }
        Object v = value(m, "sourceText");
        if (!(v instanceof String s) || s.isBlank()) {
            throw new Refusal("sourceText", "must be a text");
        }
        return Normalizer.normalize(s, Normalizer.Form.NFC);
    }

    /**
     * Reads an item's tie to the text: {@code source: {start, end}}, {@code interpretation} and {@code label}.
     * With a text, an item needs a span or a label, and its span must lie inside the text; without one, it
     * can carry neither.
     */
    private static Provenance provenance(Map<String, Object> m, String parent, @Nullable String text) {
        SourceSpan span = null;
        if (value(m, "source") != null) {
            String field = path(parent, "source");
            if (text == null) {
                throw new Refusal(field, "a source span needs the directive's text (sourceText)");
            }
            Map<String, Object> sm = map(m, "source", parent);
            allowOnly(sm, field, List.of("start", "end"));
            int start = integer(sm, "start", field, -1);
            int end = integer(sm, "end", field, -1);
            if (start < 0) {
                throw new Refusal(path(field, "start"), value(sm, "start") == null ? "required"
                        : "must not be negative, got " + start);
            }
            if (end > text.length()) {
                throw new Refusal(path(field, "end"), "must not pass the end of the text (" + text.length()
                        + " characters), got " + end);
            }
            span = build(field, () -> new SourceSpan(start, end));
        }
        String interpretation = optionalText(m, "interpretation", parent);
        boolean label = bool(m, "label", parent, false);
        SourceSpan s = span;
        Provenance p = build(parent.isEmpty() ? "source" : parent, () -> new Provenance(s, interpretation, label));
        if (text != null && !p.isTied()) {
            throw new Refusal(path(parent, "source"), "required: the definition ships its directive's text, so every"
                    + " item carries a source span, an interpretation with its span, or label: true");
        }
        return p;
    }

    private static @Nullable String optionalText(Map<String, Object> m, String key, String parent) {
        return value(m, key) == null ? null : text(m, key, parent);
    }

    private static boolean bool(Map<String, Object> m, String key, String parent, boolean byDefault) {
        if (value(m, key) == null) {
            return byDefault;
        }
        String s = text(m, key, parent);
        return switch (s) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new Refusal(path(parent, key), "must be true or false, got '" + s + "'");
        };
    }

    /** {@code review} (default [CITY_ADMIN]) and {@code approvedChanges} (default REVIEW). */
    private static ReviewProcess review(Map<String, Object> m) {
        List<ReviewStep> steps = new ArrayList<>();
        if (value(m, "review") == null) {
            steps.addAll(ReviewProcess.single().steps());
        } else {
            List<String> texts = strings(m, "review", "");
            if (texts.isEmpty()) {
                throw new Refusal("review", "needs at least one step, one of " + EnumSet.allOf(ReviewStep.class));
            }
            for (int i = 0; i < texts.size(); i++) {
                ReviewStep step = enumOf(texts.get(i), "review[" + i + "]", ReviewStep.class);
                if (steps.contains(step)) {
                    throw new Refusal("review[" + i + "]", "step " + step + " is listed twice");
                }
                steps.add(step);
            }
        }
        ApprovedChanges changes = value(m, "approvedChanges") == null ? ReviewProcess.single().approvedChanges()
                : enumValue(m, "approvedChanges", "", ApprovedChanges.class);
        return build("review", () -> new ReviewProcess(steps, changes));
    }

    // --- field readers; each names the path of the field it refuses ---

    /** Refuses a key the format does not know, which would otherwise be a silently ignored typo. */
    private static void allowOnly(Map<String, Object> m, String parent, List<String> keys) {
        for (Object key : m.keySet()) {
            if (!keys.contains(String.valueOf(key))) {
                throw new Refusal(path(parent, String.valueOf(key)), "unknown field; expected one of " + keys);
            }
        }
    }

    private static void unique(List<String> codes, String list, String key, String what) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < codes.size(); i++) {
            if (!seen.add(codes.get(i))) {
                throw new Refusal(list + "[" + i + "]." + key, "duplicate " + what + " code " + codes.get(i));
            }
        }
    }

    private static String path(String parent, String key) {
        return parent.isEmpty() ? key : parent + "." + key;
    }

    private static @Nullable Object value(Map<String, Object> m, String key) {
        return m.get(key);
    }

    /** An optional {@code true}/{@code false} field (written exactly so), false when absent. */
    private static boolean flag(Map<String, Object> m, String key, String parent) {
        Object v = value(m, key);
        if (v == null) {
            return false;
        }
        if (v instanceof Boolean b) {
            return b;
        }
        return switch (String.valueOf(v)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new Refusal(path(parent, key), "must be true or false, got '" + v + "'");
        };
    }

    private static String text(Map<String, Object> m, String key, String parent) {
        Object v = value(m, key);
        if (v == null) {
            throw new Refusal(path(parent, key), "required");
        }
        if (v instanceof Map || v instanceof List) {
            throw new Refusal(path(parent, key), "must be a text");
        }
        String s = String.valueOf(v).strip();
        if (s.isEmpty()) {
            throw new Refusal(path(parent, key), "must not be blank");
        }
        return s;
    }

    private static LocalDate date(Map<String, Object> m, String key, String parent) {
        String s = text(m, key, parent);
        try {
            return LocalDate.parse(s);
        } catch (DateTimeParseException e) {
            throw new Refusal(path(parent, key), "must be an ISO date such as 2022-06-15, got '" + s + "'");
        }
    }

    private static BigDecimal decimal(Map<String, Object> m, String key, String parent) {
        String s = text(m, key, parent);
        try {
            return new BigDecimal(s);
        } catch (NumberFormatException e) {
            throw new Refusal(path(parent, key), "must be a number, got '" + s + "'");
        }
    }

    private static int integer(Map<String, Object> m, String key, String parent, int byDefault) {
        if (value(m, key) == null) {
            return byDefault;
        }
        String s = text(m, key, parent);
        try {
            return Integer.parseInt(s);
        } catch (NumberFormatException e) {
            throw new Refusal(path(parent, key), "must be a whole number, got '" + s + "'");
        }
    }

    private static <E extends Enum<E>> E enumValue(Map<String, Object> m, String key, String parent, Class<E> type) {
        return enumOf(text(m, key, parent), path(parent, key), type);
    }

    private static <E extends Enum<E>> E enumOf(String s, String field, Class<E> type) {
        try {
            return Enum.valueOf(type, s.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new Refusal(field, "must be one of " + EnumSet.allOf(type) + ", got '" + s + "'");
        }
    }

    private static <E extends Enum<E>> Set<E> enums(Map<String, Object> m, String key, String parent, Class<E> type,
            boolean required) {
        List<String> texts = strings(m, key, parent);
        if (required && texts.isEmpty()) {
            throw new Refusal(path(parent, key), "needs at least one of " + EnumSet.allOf(type));
        }
        Set<E> set = EnumSet.noneOf(type);
        for (int i = 0; i < texts.size(); i++) {
            set.add(enumOf(texts.get(i), path(parent, key) + "[" + i + "]", type));
        }
        return set;
    }

    private static <E extends Enum<E>> Set<E> enumsOrAll(Map<String, Object> m, String key, String parent,
            Class<E> type) {
        return value(m, key) == null ? EnumSet.allOf(type) : enums(m, key, parent, type, true);
    }

    private static List<String> strings(Map<String, Object> m, String key, String parent) {
        Object v = value(m, key);
        if (v == null) {
            return List.of();
        }
        if (!(v instanceof List<?> items)) {
            throw new Refusal(path(parent, key), "must be a list");
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            Object item = items.get(i);
            if (item == null || item instanceof Map || item instanceof List || String.valueOf(item).isBlank()) {
                throw new Refusal(path(parent, key) + "[" + i + "]", "must be a text");
            }
            out.add(String.valueOf(item).strip());
        }
        return out;
    }

    private static Map<String, Object> map(Map<String, Object> m, String key, String parent) {
        Object v = value(m, key);
        if (v == null) {
            throw new Refusal(path(parent, key), "required");
        }
        return asMap(v, path(parent, key));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> asMap(@Nullable Object v, String field) {
        if (!(v instanceof Map<?, ?> map)) {
            throw new Refusal(field, "must be an object");
        }
        return (Map<String, Object>) map;
    }

    private static <T> List<T> list(Map<String, Object> m, String key, String parent, boolean required,
            List<String> itemKeys, BiFunction<Map<String, Object>, String, T> item) {
        Object v = value(m, key);
        String field = path(parent, key);
        if (v == null) {
            if (required) {
                throw new Refusal(field, "required");
            }
            return List.of();
        }
        if (!(v instanceof List<?> items)) {
            throw new Refusal(field, "must be a list");
        }
        if (required && items.isEmpty()) {
            throw new Refusal(field, "needs at least one entry");
        }
        List<T> out = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            String itemPath = field + "[" + i + "]";
            Map<String, Object> itemMap = asMap(items.get(i), itemPath);
            allowOnly(itemMap, itemPath, itemKeys);
            out.add(item.apply(itemMap, itemPath));
        }
        return out;
    }

    /** Runs a record constructor, turning its refusal into one naming the field. */
    private static <T> T build(String field, java.util.function.Supplier<T> constructor) {
        try {
            return constructor.get();
        } catch (IllegalArgumentException e) {
            throw new Refusal(field, Objects.requireNonNullElse(e.getMessage(), e.toString()));
        }
    }

    /** Resolves every scalar but null to text, so "2022-02-30" or "0436" reach the readers as written. */
    private static final class TextResolver extends Resolver {
        @Override
        protected void addImplicitResolvers() {
            addImplicitResolver(Tag.NULL, NULL, "~nN\0", 10);
            addImplicitResolver(Tag.NULL, EMPTY, null, 10);
        }
    }

    /** Carries a refusal out of the nested readers; never leaves this class. */
    private static final class Refusal extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final String field;

        Refusal(String field, String message) {
            super(message, null, false, false);
            this.field = field;
        }
    }
}
