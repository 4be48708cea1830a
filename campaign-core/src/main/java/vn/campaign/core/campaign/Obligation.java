package vn.campaign.core.campaign;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import vn.campaign.core.unit.UnitKind;

/**
 * What every unit of some kinds must register during a campaign, such as "each ward and commune
 * registers at least one celebratory work".
 *
 * @param code       a stable code within the campaign ({@code WORK_REQUIRED})
 * @param name       the obligation in Vietnamese
 * @param nameEn     the obligation in English
 * @param appliesTo  the unit kinds it binds, at least one
 * @param registers  whether works or events fulfil it
 * @param workKinds  the kinds of work that count (empty when {@code registers} is EVENT)
 * @param eventKinds the kinds of event that count (empty when {@code registers} is WORK)
 * @param minimum    how many are needed, at least 1
 * @param provenance where the directive states it
 * @since 0.1.0
 */
public record Obligation(String code, String name, String nameEn, Set<UnitKind> appliesTo,
        RegistrationType registers, Set<WorkKind> workKinds, Set<EventKind> eventKinds, int minimum,
        Provenance provenance) {

    /** The unit kinds an obligation binds when its definition names none: wards and communes. */
    public static final Set<UnitKind> DEFAULT_APPLIES_TO = Set.of(UnitKind.WARD, UnitKind.COMMUNE);

    private static final Pattern CODE = Pattern.compile("[A-Z0-9_]{1,40}");

    /**
     * Validates the obligation.
     *
     * @param code a stable code within the campaign ({@code WORK_REQUIRED})
     * @param name the obligation in Vietnamese
     * @param nameEn the obligation in English
     * @param appliesTo the unit kinds it binds, at least one
     * @param registers whether works or events fulfil it
     * @param workKinds the kinds of work that count (empty when {@code registers} is EVENT)
     * @param eventKinds the kinds of event that count (empty when {@code registers} is WORK)
     * @param minimum how many are needed, at least 1
     * @param provenance where the directive states it
     */
    public Obligation {
        Objects.requireNonNull(code, "code");
        if (!CODE.matcher(code).matches()) {
            throw new IllegalArgumentException("obligation code must be 1 to 40 capital letters, digits or '_', got '"
                    + code + "'");
        }
        Texts.requireText(name, "name");
        Texts.requireText(nameEn, "nameEn");
        Objects.requireNonNull(registers, "registers");
        if (appliesTo.isEmpty()) {
            throw new IllegalArgumentException("obligation " + code + " applies to no unit kind");
        }
        appliesTo = Set.copyOf(appliesTo);
        workKinds = Set.copyOf(workKinds);
        eventKinds = Set.copyOf(eventKinds);
        if (registers == RegistrationType.WORK && (workKinds.isEmpty() || !eventKinds.isEmpty())) {
            throw new IllegalArgumentException("obligation " + code + " registers works: it needs work kinds and no event kinds");
        }
        if (registers == RegistrationType.EVENT && (eventKinds.isEmpty() || !workKinds.isEmpty())) {
            throw new IllegalArgumentException("obligation " + code + " registers events: it needs event kinds and no work kinds");
        }
        if (minimum < 1) {
            throw new IllegalArgumentException("obligation " + code + " needs a minimum of at least 1, got " + minimum);
        }
        Objects.requireNonNull(provenance, "provenance");
    }

    /**
     * An obligation not tied to a source text.
     *
     * @param code       the code
     * @param name       the Vietnamese name
     * @param nameEn     the English name
     * @param appliesTo  the unit kinds bound
     * @param registers  whether works or events fulfil it
     * @param workKinds  the kinds of work that count
     * @param eventKinds the kinds of event that count
     * @param minimum    how many
     */
    public Obligation(String code, String name, String nameEn, Set<UnitKind> appliesTo, RegistrationType registers,
            Set<WorkKind> workKinds, Set<EventKind> eventKinds, int minimum) {
        this(code, name, nameEn, appliesTo, registers, workKinds, eventKinds, minimum, Provenance.none());
    }

    /**
     * An obligation to register works of any kind.
     *
     * @param code      the code
     * @param name      the Vietnamese name
     * @param nameEn    the English name
     * @param appliesTo the unit kinds bound
     * @param minimum   how many
     * @return the obligation
     */
    public static Obligation works(String code, String name, String nameEn, Set<UnitKind> appliesTo, int minimum) {
        return new Obligation(code, name, nameEn, appliesTo, RegistrationType.WORK,
                EnumSet.allOf(WorkKind.class), Set.of(), minimum);
    }

    /**
     * An obligation to register events of any kind.
     *
     * @param code      the code
     * @param name      the Vietnamese name
     * @param nameEn    the English name
     * @param appliesTo the unit kinds bound
     * @param minimum   how many
     * @return the obligation
     */
    public static Obligation events(String code, String name, String nameEn, Set<UnitKind> appliesTo, int minimum) {
        return new Obligation(code, name, nameEn, appliesTo, RegistrationType.EVENT,
                Set.of(), EnumSet.allOf(EventKind.class), minimum);
    }
}
