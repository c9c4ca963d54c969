package org.needlescreen.json;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import org.needlescreen.model.AcneSeverity;
import org.needlescreen.model.Answer;
import org.needlescreen.model.Area;
import org.needlescreen.model.ClientProfile;
import org.needlescreen.model.Concern;
import org.needlescreen.model.Device;
import org.needlescreen.model.DiabetesStatus;
import org.needlescreen.model.FitzpatrickType;
import org.needlescreen.model.Isotretinoin;
import org.needlescreen.model.IsotretinoinStatus;
import org.needlescreen.model.ProcedureType;
import org.needlescreen.model.RecentProcedure;
import org.needlescreen.model.Setting;
import org.needlescreen.model.Treatment;

/**
 * The fast path of {@link ProfileJsonCodec#read(String)}: reads a profile straight from the token
 * stream into {@link ClientProfile#builder()}, without a JSON tree, and <em>declines</em> (returns
 * {@code null}) at the first thing it does not accept: malformed JSON, a repeated key (found with a
 * bit per known field; inside the custom object, by the parser), an unknown field, a value of the wrong type or out of range, trailing content, and a few valid but rare
 * shapes (a whole number written as {@code 18.0}, an isotretinoin object that no static factory
 * expresses). The caller then reads the same text with the tree reader, which either accepts it or
 * throws the one error message it has always thrown.
 *
 * <p>So this class only ever needs to be <em>sound</em>: whatever it accepts, the tree reader
 * accepts too, with an equal profile. It never builds an error message. The {@code custom} object,
 * whose numbers must be kept exactly as the tree keeps them, is read as a small subtree and handed
 * to the tree reader's own code.
 */
final class ProfileJsonStream {

    /** Thrown to decline; preallocated, without a stack trace: declining is control flow, not an error. */
    private static final class Declined extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Declined() {
            super(null, null, false, false);
        }
    }

    private static final Declined DECLINED = new Declined();

    /** The custom answers as the tree reader sees them: the same mapper, but a subtree has content after it. */
    private static final ObjectReader SUBTREE = JsonSupport.MAPPER.reader()
            .without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    /** Each top-level field's position in {@link ProfileJson#FIELDS}: its bit in the set of fields seen. */
    private static final Map<String, Integer> FIELD_INDEX = index(ProfileJson.FIELDS);
    private static final BigDecimal MAX_DEPTH = BigDecimal.valueOf(Treatment.MAX_PLAUSIBLE_DEPTH_MM);

    private static final List<String> TREATMENT_FIELDS = List.of("setting", "device", "needleDepthMm", "area", "concerns");

    private static final Answer[] ANSWERS = Answer.values();
    private static final FitzpatrickType[] FITZPATRICK_TYPES = FitzpatrickType.values();
    private static final AcneSeverity[] ACNE = AcneSeverity.values();
    private static final DiabetesStatus[] DIABETES = DiabetesStatus.values();
    private static final IsotretinoinStatus[] ISOTRETINOIN_STATUSES = IsotretinoinStatus.values();
    private static final ProcedureType[] PROCEDURE_TYPES = ProcedureType.values();
    private static final Setting[] SETTINGS = Setting.values();
    private static final Device[] DEVICES = Device.values();
    private static final Area[] AREAS = Area.values();
    private static final Concern[] CONCERNS = Concern.values();

    private ProfileJsonStream() {
    }

    private static Map<String, Integer> index(List<String> names) {
        Map<String, Integer> m = new HashMap<>();
        for (int i = 0; i < names.size(); i++) {
            m.put(names.get(i), i);
        }
        return Map.copyOf(m);
    }

    /** The profile, or {@code null} when the tree reader must decide (see the class comment). */
    static ClientProfile read(String json) {
        if (json == null) {
            return null;
        }
        try (JsonParser p = JsonSupport.FACTORY.createParser(json)) {
            // Every field is a known one, so a bit per field finds a repeated key more cheaply than
            // the parser's set of names; the parser checks again inside the custom object only.
            p.disable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
            return profile(p);
        } catch (IOException | RuntimeException e) {
            // Declined, malformed, or rejected by a model check: the tree reader says which.
            return null;
        }
    }

    /** Sets the bit of field {@code index} in {@code seen}; declines when it was set: a repeated key. */
    private static long once(long seen, int index) {
        long bit = 1L << index;
        if ((seen & bit) != 0) {
            throw DECLINED;
        }
        return seen | bit;
    }

    private static ClientProfile profile(JsonParser p) throws IOException {
        if (p.nextToken() != JsonToken.START_OBJECT) {
            throw DECLINED;
        }
        ClientProfile.Builder b = ClientProfile.builder();
        JsonNode custom = null;
        long seen = 0;
        for (String name; (name = p.nextFieldName()) != null; ) {
            Integer index = FIELD_INDEX.get(name);
            if (index == null) {
                throw DECLINED;
            }
            seen = once(seen, index);
            if (p.nextToken() == JsonToken.VALUE_NULL) {
                continue; // null is unknown, as absent
            }
            switch (name) {
                case "clientRef" -> b.clientRef(text(p));
                case "screenedOn" -> b.screenedOn(date(p));
                case "age" -> b.age(age(p));
                case "fitzpatrickType" -> b.fitzpatrickType(pick(p, FITZPATRICK_TYPES));
                case "pregnantOrBreastfeeding" -> b.pregnantOrBreastfeeding(pick(p, ANSWERS));
                case "acne" -> b.acne(pick(p, ACNE));
                case "rosacea" -> b.rosacea(pick(p, ANSWERS));
                case "rashOrDermatitisInArea" -> b.rashOrDermatitisInArea(pick(p, ANSWERS));
                case "activeInfectionInArea" -> b.activeInfectionInArea(pick(p, ANSWERS));
                case "openWoundOrSunburnInArea" -> b.openWoundOrSunburnInArea(pick(p, ANSWERS));
                case "wartsOrMolluscumInArea" -> b.wartsOrMolluscumInArea(pick(p, ANSWERS));
                case "coldSoreHistory" -> b.coldSoreHistory(pick(p, ANSWERS));
                case "keloidTendency" -> b.keloidTendency(pick(p, ANSWERS));
                case "koebnerisingDisease" -> b.koebnerisingDisease(pick(p, ANSWERS));
                case "skinCancerOrSuspiciousLesionInArea" -> b.skinCancerOrSuspiciousLesionInArea(pick(p, ANSWERS));
                case "permanentFillerOrThreadsInArea" -> b.permanentFillerOrThreadsInArea(pick(p, ANSWERS));
                case "tattooOrPermanentMakeupInArea" -> b.tattooOrPermanentMakeupInArea(pick(p, ANSWERS));
                case "bleedingDisorder" -> b.bleedingDisorder(pick(p, ANSWERS));
                case "anticoagulants" -> b.anticoagulants(pick(p, ANSWERS));
                case "bloodThinningNsaidsOrSupplements" -> b.bloodThinningNsaidsOrSupplements(pick(p, ANSWERS));
                case "photosensitisingMedication" -> b.photosensitisingMedication(pick(p, ANSWERS));
                case "immunosuppressed" -> b.immunosuppressed(pick(p, ANSWERS));
                case "diabetes" -> b.diabetes(pick(p, DIABETES));
                case "isotretinoin" -> b.isotretinoin(isotretinoin(p));
                case "metalOrAnaestheticAllergy" -> b.metalOrAnaestheticAllergy(pick(p, ANSWERS));
                case "autoimmuneOrCollagenDisease" -> b.autoimmuneOrCollagenDisease(pick(p, ANSWERS));
                case "hyperpigmentationHistory" -> b.hyperpigmentationHistory(pick(p, ANSWERS));
                case "recentProcedures" -> b.recentProcedures(procedures(p));
                case "treatment" -> b.treatment(treatment(p));
                case "custom" -> {
                    if (p.currentToken() != JsonToken.START_OBJECT) {
                        throw DECLINED;
                    }
                    p.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION); // for this object and what it holds
                    custom = SUBTREE.readTree(p);
                }
                default -> throw DECLINED;
            }
        }
        endOfObject(p);
        if (p.nextToken() != null) {
            throw DECLINED; // trailing content
        }
        if (custom != null) {
            ProfileJsonCodec.custom(custom, b);
        }
        return b.build();
    }

    private static void endOfObject(JsonParser p) {
        if (p.currentToken() != JsonToken.END_OBJECT) {
            throw DECLINED;
        }
    }

    private static String text(JsonParser p) throws IOException {
        if (p.currentToken() != JsonToken.VALUE_STRING) {
            throw DECLINED;
        }
        return p.getText();
    }

    /** The constant whose name is exactly the current string, compared without making a String. */
    private static <E extends Enum<E>> E pick(JsonParser p, E[] constants) throws IOException {
        if (p.currentToken() != JsonToken.VALUE_STRING) {
            throw DECLINED;
        }
        char[] chars = p.getTextCharacters();
        int off = p.getTextOffset();
        int len = p.getTextLength();
        for (E e : constants) {
            String name = e.name();
            if (name.length() == len && sameChars(name, chars, off)) {
                return e;
            }
        }
        throw DECLINED;
    }

    private static boolean sameChars(String s, char[] chars, int off) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) != chars[off + i]) {
                return false;
            }
        }
        return true;
    }

    /**
     * {@code YYYY-MM-DD}: four, two and two ASCII digits, a calendar date. Accepts what the tree
     * reader's pattern {@code \d{4}-\d{2}-\d{2}} and {@code LocalDate.parse} accept, and no more.
     */
    private static LocalDate date(JsonParser p) throws IOException {
        if (p.currentToken() != JsonToken.VALUE_STRING || p.getTextLength() != 10) {
            throw DECLINED;
        }
        char[] c = p.getTextCharacters();
        int o = p.getTextOffset();
        if (c[o + 4] != '-' || c[o + 7] != '-') {
            throw DECLINED;
        }
        int year = digits(c, o, 4);
        int month = digits(c, o + 5, 2);
        int day = digits(c, o + 8, 2);
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            throw DECLINED; // not a calendar date (2026-02-30)
        }
    }

    private static int digits(char[] c, int off, int n) {
        int v = 0;
        for (int i = off; i < off + n; i++) {
            if (c[i] < '0' || c[i] > '9') {
                throw DECLINED;
            }
            v = v * 10 + (c[i] - '0');
        }
        return v;
    }

    /** A whole number written without a fraction or exponent; anything else goes to the tree reader. */
    private static Integer age(JsonParser p) throws IOException {
        if (p.currentToken() != JsonToken.VALUE_NUMBER_INT || p.getNumberType() != JsonParser.NumberType.INT) {
            throw DECLINED;
        }
        return p.getIntValue();
    }

    /** Only the three shapes the static factories express; the tree reader takes the rest. */
    private static Isotretinoin isotretinoin(JsonParser p) throws IOException {
        if (p.currentToken() != JsonToken.START_OBJECT) {
            throw DECLINED;
        }
        IsotretinoinStatus status = null;
        LocalDate lastDose = null;
        long seen = 0;
        for (String name; (name = p.nextFieldName()) != null; ) {
            boolean isNull = p.nextToken() == JsonToken.VALUE_NULL;
            switch (name) {
                case "status" -> {
                    seen = once(seen, 0);
                    status = isNull ? null : pick(p, ISOTRETINOIN_STATUSES);
                }
                case "lastDose" -> {
                    seen = once(seen, 1);
                    lastDose = isNull ? null : date(p);
                }
                default -> throw DECLINED;
            }
        }
        endOfObject(p);
        if (status == IsotretinoinStatus.STOPPED) {
            return Isotretinoin.stopped(lastDose);
        }
        if (lastDose == null && status == IsotretinoinStatus.NEVER) {
            return Isotretinoin.never();
        }
        if (lastDose == null && status == IsotretinoinStatus.CURRENT) {
            return Isotretinoin.current();
        }
        throw DECLINED;
    }

    private static List<RecentProcedure> procedures(JsonParser p) throws IOException {
        if (p.currentToken() != JsonToken.START_ARRAY) {
            throw DECLINED;
        }
        List<RecentProcedure> list = new ArrayList<>();
        for (JsonToken t; (t = p.nextToken()) != JsonToken.END_ARRAY; ) {
            if (t != JsonToken.START_OBJECT || list.size() == ClientProfile.MAX_RECENT_PROCEDURES) {
                throw DECLINED;
            }
            ProcedureType type = null;
            LocalDate date = null;
            long seen = 0;
            for (String name; (name = p.nextFieldName()) != null; ) {
                boolean isNull = p.nextToken() == JsonToken.VALUE_NULL;
                switch (name) {
                    case "type" -> {
                        seen = once(seen, 0);
                        type = isNull ? null : pick(p, PROCEDURE_TYPES);
                    }
                    case "date" -> {
                        seen = once(seen, 1);
                        date = isNull ? null : date(p);
                    }
                    default -> throw DECLINED;
                }
            }
            endOfObject(p);
            if (type == null) {
                throw DECLINED;
            }
            list.add(RecentProcedure.of(type, date));
        }
        return list;
    }

    private static Treatment treatment(JsonParser p) throws IOException {
        if (p.currentToken() != JsonToken.START_OBJECT) {
            throw DECLINED;
        }
        Treatment.Builder b = Treatment.builder();
        long seen = 0;
        for (String name; (name = p.nextFieldName()) != null; ) {
            int index = TREATMENT_FIELDS.indexOf(name);
            if (index < 0) {
                throw DECLINED;
            }
            seen = once(seen, index);
            if (p.nextToken() == JsonToken.VALUE_NULL) {
                continue;
            }
            switch (name) {
                case "setting" -> b.setting(pick(p, SETTINGS));
                case "device" -> b.device(pick(p, DEVICES));
                case "needleDepthMm" -> b.needleDepthMm(depth(p));
                case "area" -> b.area(pick(p, AREAS));
                case "concerns" -> b.concerns(concerns(p));
                default -> throw DECLINED;
            }
        }
        endOfObject(p);
        return b.build();
    }

    /** Decided on the number as written, exactly as the tree reader decides it. */
    private static Double depth(JsonParser p) throws IOException {
        BigDecimal exact;
        double d;
        JsonToken t = p.currentToken();
        if (t == JsonToken.VALUE_NUMBER_INT && p.getNumberType() == JsonParser.NumberType.INT) {
            int i = p.getIntValue();
            exact = BigDecimal.valueOf(i);
            d = i;
        } else if (t == JsonToken.VALUE_NUMBER_FLOAT) {
            exact = p.getDecimalValue();
            d = exact.doubleValue();
        } else {
            throw DECLINED;
        }
        if (!Double.isFinite(d) || exact.signum() <= 0 || exact.compareTo(MAX_DEPTH) > 0 || d <= 0) {
            throw DECLINED;
        }
        return d;
    }

    private static Concern[] concerns(JsonParser p) throws IOException {
        if (p.currentToken() != JsonToken.START_ARRAY) {
            throw DECLINED;
        }
        Concern[] out = new Concern[4];
        int n = 0;
        while (p.nextToken() != JsonToken.END_ARRAY) {
            if (n == Treatment.MAX_CONCERNS) {
                throw DECLINED;
            }
            if (n == out.length) {
                out = Arrays.copyOf(out, Treatment.MAX_CONCERNS);
            }
            out[n++] = pick(p, CONCERNS);
        }
        return n == out.length ? out : Arrays.copyOf(out, n);
    }
}
