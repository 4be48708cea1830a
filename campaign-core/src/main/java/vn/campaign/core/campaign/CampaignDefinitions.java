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
 * ({@code 2022-04-01}). A malformed definition is refused with every problem it has, each naming the bad field,
 * such as {@code taskAreas[1].code: required} and {@code targets[0].goal: must be a number, got 'nhiều'}: a
 * refused field does not stop the reading of the others, nor a refused list item that of the other items (a
 * document that is not JSON or YAML at all has one problem). Nothing is thrown for it.
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
        Problems problems = new Problems();
        Campaign campaign = problems.fields().get(() -> campaign(asMap(root, ""), sourceText, problems));
        if (campaign == null || !problems.all.isEmpty()) {
            return new DefinitionResult.Refused(problems.all);
        }
        return new DefinitionResult.Defined(campaign);
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
        return new DefinitionResult.Refused(List.of(new DefinitionProblem(field, message)));
    }

    /**
     * Reads the whole document, recording every problem it finds: a refused field does not stop the reading of the
     * others, a refused list item not that of the other items. A value that others depend on and that is refused
     * (a document of the register, a task area) is not reported again where it is used.
     *
     * @throws Refusal (already recorded) when any problem was found
     */
    private static Campaign campaign(Map<String, Object> m, @Nullable String shippedText, Problems problems) {
        Fields f = problems.fields();
        allowOnly(f, m, "", List.of("code", "name", "nameEn", "directive", "organiser", "period", "anniversaries",
                "taskAreas", "obligations", "targets", "plaqueWorks", "registrationDeadline", "reminderDays",
                "evidenceRequired", "sourceText", "purpose", "documents", "plaqueList", "review", "approvedChanges",
                "closingGraceDays", "commendationForms", "commendationsOpenOn"));
        // Every item is tied to the text: without a usable one, each would be refused again for it.
        String text = sourceText(m, shippedText);
        CampaignCode code = f.get(() -> {
            String codeText = text(m, "code", "");
            return build("code", () -> new CampaignCode(codeText));
        });
        String name = f.get(() -> text(m, "name", ""));
        String nameEn = f.get(() -> text(m, "nameEn", ""));
        Map<String, Object> period = f.get(() -> map(m, "period", ""));
        Provenance periodProvenance = null;
        LocalDate from = null;
        LocalDate to = null;
        Period days = null;
        if (period != null) {
            allowOnly(f, period, "period", List.of("from", "to", "source", "interpretation", "label"));
            periodProvenance = f.get(() -> provenance(period, "period", text));
            from = f.get(() -> date(period, "from", "period"));
            to = f.get(() -> date(period, "to", "period"));
            LocalDate first = from;
            LocalDate last = to;
            if (first != null && last != null) {
                days = f.get(() -> build("period", () -> Period.of(first, last)));
            }
        }
        Directive directive = null;
        Map<String, Object> d = f.get(() -> map(m, "directive", ""));
        if (d != null) {
            allowOnly(f, d, "directive", List.of("number", "issuedOn", "issuer", "issuerEn", "source",
                    "interpretation", "label"));
            Fields df = problems.fields();
            String number = df.get(() -> text(d, "number", "directive"));
            LocalDate issuedOn = df.get(() -> date(d, "issuedOn", "directive"));
            String issuer = df.get(() -> text(d, "issuer", "directive"));
            String issuerEn = df.get(() -> text(d, "issuerEn", "directive"));
            Provenance dp = df.get(() -> provenance(d, "directive", text));
            directive = f.get(() -> {
                df.check();
                return build("directive", () -> new Directive(number, issuedOn, issuer, issuerEn, text, dp));
            });
        }
        Passage purpose = null;
        if (value(m, "purpose") != null) {
            purpose = f.get(() -> {
                Map<String, Object> pm = map(m, "purpose", "");
                Fields pf = problems.fields();
                allowOnly(pf, pm, "purpose", List.of("text", "source", "interpretation", "label"));
                Provenance pp = pf.get(() -> provenance(pm, "purpose", text));
                String purposeText = pf.get(() -> text(pm, "text", "purpose"));
                pf.check();
                return build("purpose", () -> new Passage(purposeText, pp));
            });
        }
        Set<String> declaredDocuments = declared(m, "documents", "id", "number");
        List<Document> documents = f.get(() -> list(problems, m, "documents", "", false, List.of("id", "number", "kind",
                "issuer", "issuedOn", "title", "source", "interpretation", "label"), (o, p, itemFields) -> {
                    String number = itemFields.get(() -> optionalText(o, "number", p));
                    String id = itemFields.get(() -> value(o, "id") == null && number != null ? number
                            : text(o, "id", p));
                    DocumentKind kind = itemFields.get(() -> enumValue(o, "kind", p, DocumentKind.class));
                    LocalDate issuedOn = itemFields.get(() -> value(o, "issuedOn") == null ? null
                            : date(o, "issuedOn", p));
                    String issuer = itemFields.get(() -> optionalText(o, "issuer", p));
                    String title = itemFields.get(() -> optionalText(o, "title", p));
                    Provenance dp = itemFields.get(() -> provenance(o, p, text));
                    itemFields.check();
                    return build(p, () -> new Document(id, number, kind, issuer, issuedOn, title, dp));
                }));
        Map<String, Document> register = new java.util.LinkedHashMap<>();
        if (documents != null) {
            unique(f, documents.stream().map(Document::id).toList(), "documents", "id", "document");
            documents.forEach(doc -> register.putIfAbsent(doc.id(), doc));
        }
        UnitCode organiserCode = f.get(() -> {
            String organiser = text(m, "organiser", "");
            return build("organiser", () -> new UnitCode(organiser));
        });
        List<Anniversary> anniversaries = f.get(() -> list(problems, m, "anniversaries", "", false, List.of("name",
                "nameEn", "since", "celebratedOn", "source", "interpretation", "label"), (a, p, af) -> {
                    Provenance ap = af.get(() -> provenance(a, p, text));
                    String aName = af.get(() -> text(a, "name", p));
                    String aNameEn = af.get(() -> text(a, "nameEn", p));
                    LocalDate since = af.get(() -> date(a, "since", p));
                    LocalDate celebratedOn = af.get(() -> date(a, "celebratedOn", p));
                    af.check();
                    return build(p, () -> new Anniversary(aName, aNameEn, since, celebratedOn, ap));
                }));
        List<TaskArea> areas = f.get(() -> list(problems, m, "taskAreas", "", true, List.of("code", "name", "nameEn",
                "keyTasks", "source", "interpretation", "label"), (a, p, af) -> {
                    String areaCode = af.get(() -> text(a, "code", p));
                    List<KeyTask> tasks = af.get(() -> list(problems, a, "keyTasks", p, false, List.of("text", "textEn",
                            "documents", "source", "interpretation", "label"), (t, tp, tf) -> {
                                List<String> ids = tf.get(() -> strings(t, "documents", tp));
                                List<Document> cited = new ArrayList<>();
                                for (int i = 0; ids != null && i < ids.size(); i++) {
                                    Document doc = register.get(ids.get(i));
                                    if (doc != null) {
                                        cited.add(doc);
                                    } else if (declaredDocuments.contains(ids.get(i))) {
                                        tf.failed(); // the document itself is refused, and reported there
                                    } else {
                                        tf.fail(tp + ".documents[" + i + "]", "no document with id '" + ids.get(i)
                                                + "' in the campaign's documents "
                                                + declaredDocuments.stream().sorted().toList());
                                    }
                                }
                                Provenance tpv = tf.get(() -> provenance(t, tp, text));
                                String taskText = tf.get(() -> text(t, "text", tp));
                                String taskTextEn = tf.get(() -> text(t, "textEn", tp));
                                tf.check();
                                return build(tp, () -> new KeyTask(taskText, taskTextEn, cited, tpv));
                            }));
                    Provenance areaProvenance = af.get(() -> provenance(a, p, text));
                    String areaName = af.get(() -> text(a, "name", p));
                    String areaNameEn = af.get(() -> text(a, "nameEn", p));
                    TaskAreaCode typedCode = areaCode == null ? null
                            : af.get(() -> build(p + ".code", () -> new TaskAreaCode(areaCode)));
                    af.check();
                    return build(p, () -> new TaskArea(Objects.requireNonNull(typedCode), areaName, areaNameEn, tasks, areaProvenance));
                }));
        if (areas != null) {
            unique(f, areas.stream().map(a -> a.code().value()).toList(), "taskAreas", "code", "task area");
        }
        Set<String> areaCodes = declared(m, "taskAreas", "code", "code");
        List<Obligation> obligations = f.get(() -> list(problems, m, "obligations", "", false, List.of("code", "name",
                "nameEn", "appliesTo", "registers", "workKinds", "eventKinds", "minimum", "source", "interpretation",
                "label"), (o, p, of) -> {
                    RegistrationType type = of.get(() -> enumValue(o, "registers", p, RegistrationType.class));
                    Set<UnitKind> appliesTo = of.get(() -> value(o, "appliesTo") == null
                            ? Obligation.DEFAULT_APPLIES_TO : enums(o, "appliesTo", p, UnitKind.class, true));
                    Set<WorkKind> workKinds = of.get(() -> type == RegistrationType.WORK
                            ? enumsOrAll(o, "workKinds", p, WorkKind.class)
                            : enums(o, "workKinds", p, WorkKind.class, false));
                    Set<EventKind> eventKinds = of.get(() -> type == RegistrationType.EVENT
                            ? enumsOrAll(o, "eventKinds", p, EventKind.class)
                            : enums(o, "eventKinds", p, EventKind.class, false));
                    Integer minimum = of.get(() -> integer(o, "minimum", p, 1));
                    Provenance op = of.get(() -> provenance(o, p, text));
                    String oCode = of.get(() -> text(o, "code", p));
                    String oName = of.get(() -> text(o, "name", p));
                    String oNameEn = of.get(() -> text(o, "nameEn", p));
                    of.check();
                    return build(p, () -> new Obligation(oCode, oName, oNameEn, appliesTo, type, workKinds, eventKinds,
                            minimum, op));
                }));
        if (obligations != null) {
            unique(f, obligations.stream().map(Obligation::code).toList(), "obligations", "code", "obligation");
        }
        List<Target> targets = f.get(() -> list(problems, m, "targets", "", false, List.of("code", "taskArea", "name",
                "nameEn", "goal", "measure", "aggregation", "units", "source", "interpretation", "label"),
                (t, p, tf) -> {
                    String area = tf.get(() -> text(t, "taskArea", p));
                    TaskAreaCode areaCode = null;
                    if (area != null && !areaCodes.contains(area)) {
                        tf.fail(p + ".taskArea", "must be one of the campaign's task areas " + areaCodes
                                + ", got '" + area + "'");
                    } else if (area != null) {
                        areaCode = tf.get(() -> build(p + ".taskArea", () -> new TaskAreaCode(area)));
                    }
                    BigDecimal goal = tf.get(() -> value(t, "goal") == null ? null : decimal(t, "goal", p));
                    Target.Aggregation aggregation = tf.get(() -> enumValue(t, "aggregation", p,
                            Target.Aggregation.class));
                    List<UnitCode> units = new ArrayList<>();
                    List<String> unitTexts = tf.get(() -> strings(t, "units", p));
                    for (int i = 0; unitTexts != null && i < unitTexts.size(); i++) {
                        String u = unitTexts.get(i);
                        int index = i;
                        units.add(tf.get(() -> build(p + ".units[" + index + "]", () -> new UnitCode(u))));
                    }
                    Provenance tp = tf.get(() -> provenance(t, p, text));
                    String tCode = tf.get(() -> text(t, "code", p));
                    String tName = tf.get(() -> text(t, "name", p));
                    String tNameEn = tf.get(() -> text(t, "nameEn", p));
                    String measure = tf.get(() -> text(t, "measure", p));
                    tf.check();
                    TaskAreaCode typedArea = areaCode;
                    return build(p, () -> new Target(tCode, Objects.requireNonNull(typedArea), tName, tNameEn, goal, measure, aggregation,
                            units, tp));
                }));
        if (targets != null) {
            unique(f, targets.stream().map(Target::code).toList(), "targets", "code", "target");
        }
        List<PlaqueWork> plaqueWorks = f.get(() -> list(problems, m, "plaqueWorks", "", false, List.of("name",
                "nameEn", "source", "interpretation", "label"), (w, p, wf) -> {
                    Provenance wp = wf.get(() -> provenance(w, p, text));
                    String wName = wf.get(() -> text(w, "name", p));
                    String wNameEn = wf.get(() -> text(w, "nameEn", p));
                    wf.check();
                    return build(p, () -> new PlaqueWork(wName, wNameEn, wp));
                }));
        PlaqueList plaques = f.get(() -> {
            if (value(m, "plaqueList") != null) {
                Map<String, Object> pl = map(m, "plaqueList", "");
                Fields pf = problems.fields();
                allowOnly(pf, pl, "plaqueList", List.of("complete", "source", "interpretation", "label"));
                Boolean complete = pf.get(() -> bool(pl, "complete", "plaqueList", true));
                Provenance pp = pf.get(() -> provenance(pl, "plaqueList", text));
                pf.check();
                return new PlaqueList(complete, pp);
            } else if (text != null) {
                throw new Refusal("plaqueList", "required with a sourceText: it ties the plaque duty to the text");
            }
            return PlaqueList.CLOSED;
        });
        LocalDate lastDay = to;
        LocalDate deadline = f.get(() -> {
            LocalDate day = value(m, "registrationDeadline") == null ? lastDay : date(m, "registrationDeadline", "");
            if (day != null && lastDay != null && day.isAfter(lastDay)) {
                throw new Refusal("registrationDeadline", "must not fall after the campaign's last day " + lastDay
                        + ", got " + day);
            }
            return day;
        });
        Integer reminderDays = f.get(() -> {
            int n = integer(m, "reminderDays", "", Campaign.DEFAULT_REMINDER_DAYS);
            if (n < 0) {
                throw new Refusal("reminderDays", "must be 0 or more, got " + n);
            }
            return n;
        });
        Integer closingGraceDays = f.get(() -> {
            int n = integer(m, "closingGraceDays", "", 0);
            if (n < 0) {
                throw new Refusal("closingGraceDays", "must be 0 or more, got " + n);
            }
            return n;
        });
        List<CommendationForm> forms = f.get(() -> list(problems, m, "commendationForms", "", false,
                List.of("code", "name", "nameEn", "decidedBy", "recipients"), (cf, p, ff) -> {
                    Decider decidedBy = ff.get(() -> enumValue(cf, "decidedBy", p, Decider.class));
                    Set<RecipientKind> recipients = ff.get(() -> enums(cf, "recipients", p, RecipientKind.class,
                            true));
                    String fCode = ff.get(() -> text(cf, "code", p));
                    String fName = ff.get(() -> text(cf, "name", p));
                    String fNameEn = ff.get(() -> text(cf, "nameEn", p));
                    ff.check();
                    return build(p, () -> new CommendationForm(fCode, fName, fNameEn, decidedBy, recipients));
                }));
        if (forms != null) {
            unique(f, forms.stream().map(CommendationForm::code).toList(), "commendationForms", "code",
                    "commendation form");
        }
        LocalDate commendationsOpenOn = f.get(() -> value(m, "commendationsOpenOn") == null ? null
                : date(m, "commendationsOpenOn", ""));
        ReviewProcess review = f.get(() -> review(m));
        Boolean evidenceRequired = f.get(() -> flag(m, "evidenceRequired", ""));
        f.check();
        Passage purposeValue = purpose;
        // Read without a problem, as f.check() tells: the period and the directive are present.
        Directive directiveValue = Objects.requireNonNull(directive, "directive");
        Period daysValue = Objects.requireNonNull(days, "period");
        Provenance periodValue = Objects.requireNonNull(periodProvenance, "period");
        Campaign campaign = build("", () -> new Campaign(code, name, nameEn, directiveValue, organiserCode, daysValue,
                anniversaries, areas, obligations, targets, plaqueWorks, deadline, reminderDays, CampaignStatus.OPEN,
                evidenceRequired, purposeValue, documents, periodValue, plaques, review, closingGraceDays, null, forms,
                commendationsOpenOn));
        for (Fidelity.Drift drift : Fidelity.drifts(campaign)) {
            f.fail(drift.field(), drift.reason() + ": the definition says \"" + drift.quoted()
                    + "\", the text at [" + drift.span().start() + ", " + drift.span().end() + ") says \""
                    + drift.source() + "\"");
        }
        f.check();
        return campaign;
    }

    /**
     * The keys a list of the document declares, read from its raw entries whether or not they are valid: the
     * ids other parts may cite, so that a citation of a refused entry is not reported a second time.
     */
    private static Set<String> declared(Map<String, Object> m, String list, String key, String fallbackKey) {
        Set<String> keys = new java.util.TreeSet<>();
        if (value(m, list) instanceof List<?> items) {
            for (Object item : items) {
                if (item instanceof Map<?, ?> entry) {
                    Object k = entry.get(key) != null ? entry.get(key) : entry.get(fallbackKey);
                    if (k != null && !(k instanceof Map) && !(k instanceof List)) {
                        keys.add(String.valueOf(k).strip());
                    }
                }
            }
        }
        return keys;
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

    /** Records every unknown key of an object, each a silently ignored typo otherwise. */
    private static void allowOnly(Fields f, Map<String, Object> m, String parent, List<String> keys) {
        for (Object key : m.keySet()) {
            if (!keys.contains(String.valueOf(key))) {
                f.fail(path(parent, String.valueOf(key)), "unknown field; expected one of " + keys);
            }
        }
    }

    /** Records every code that repeats an earlier one of its list. */
    private static void unique(Fields f, List<String> codes, String list, String key, String what) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < codes.size(); i++) {
            if (!seen.add(codes.get(i))) {
                f.fail(list + "[" + i + "]." + key, "duplicate " + what + " code " + codes.get(i));
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

    /**
     * Reads a list of objects, each item on its own: an item's problems are recorded and the other items still
     * read.
     *
     * @throws Refusal when the list itself is malformed (recorded by the caller), or already recorded when any
     *                 item was refused
     */
    private static <T> List<T> list(Problems problems, Map<String, Object> m, String key, String parent,
            boolean required, List<String> itemKeys, Item<T> item) {
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
        Fields all = problems.fields();
        for (int i = 0; i < items.size(); i++) {
            String itemPath = field + "[" + i + "]";
            Object entry = items.get(i);
            T read = all.get(() -> {
                Map<String, Object> itemMap = asMap(entry, itemPath);
                Fields itemFields = problems.fields();
                allowOnly(itemFields, itemMap, itemPath, itemKeys);
                T built = item.read(itemMap, itemPath, itemFields);
                itemFields.check();
                return built;
            });
            if (read != null) {
                out.add(read);
            }
        }
        all.check();
        return out;
    }

    /** Reads one item of a list at its path, recording its fields' problems in the item's {@link Fields}. */
    @FunctionalInterface
    private interface Item<T> {
        T read(Map<String, Object> item, String path, Fields fields);
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
    private static class Refusal extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final String field;

        Refusal(String field, String message) {
            super(message, null, false, false);
            this.field = field;
        }
    }

    /** Says that what was being read is refused for problems already recorded. */
    private static final class Recorded extends Refusal {
        private static final long serialVersionUID = 1L;

        Recorded() {
            super("", "refused for the problems recorded");
        }
    }

    /** Every problem of one document, in the order the reading met them. */
    private static final class Problems {
        private final List<DefinitionProblem> all = new ArrayList<>();

        Fields fields() {
            return new Fields(this);
        }

        void add(String field, String message) {
            all.add(new DefinitionProblem(field, message));
        }
    }

    /**
     * The fields of one object being read: each read on its own, its refusal recorded rather than thrown, so
     * that the object's other fields are still read; {@link #check()} then refuses the object if any failed.
     */
    private static final class Fields {
        private final Problems problems;
        private boolean failed;

        Fields(Problems problems) {
            this.problems = problems;
        }

        /**
         * The value read, or {@code null} when refused (recorded). The null is never used: whoever builds from
         * the values calls {@link #check()} first, which refuses the object when any read was refused; so the
         * readers keep their non-null types rather than each value being unwrapped after that check.
         */
        @SuppressWarnings("NullAway")
        <T> T get(java.util.function.Supplier<T> reader) {
            try {
                return reader.get();
            } catch (Recorded r) {
                failed = true;
            } catch (Refusal r) {
                failed = true;
                problems.add(r.field, Objects.requireNonNull(r.getMessage(), "a refusal always has a message"));
            }
            return null;
        }

        void fail(String field, String message) {
            failed = true;
            problems.add(field, message);
        }

        /** Marks the object refused for a problem recorded elsewhere. */
        void failed() {
            failed = true;
        }

        void check() {
            if (failed) {
                throw new Recorded();
            }
        }
    }
}
