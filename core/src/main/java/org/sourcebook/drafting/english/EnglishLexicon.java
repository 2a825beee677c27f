package org.sourcebook.drafting.english;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/** Word lists the English rules rely on. All entries are lower case. */
final class EnglishLexicon {

    static final Map<String, Integer> MONTHS = months();

    /** Words that start a sentence with a capital letter without being names. */
    static final Set<String> FUNCTION_WORDS = words("""
            a an the this that these those it its they them their there here he she his her him we our us you your
            i me my and or but nor so yet for of in on at by to from with without into onto over under about after
            before during since until while when where which who whom whose what why how as than then also not no
            is are was were be been being am has have had do does did will would shall should can could may might
            must if because although though whether both either neither each every all any some many much more most
            few other another such only own same very just even still already again once twice per via among between
            through throughout against along across behind beyond near around up down out off above below upon
            following later earlier today yesterday tomorrow one two three four five six seven eight nine ten
            themselves himself herself itself ourselves yourselves everyone everybody someone somebody anyone
            anybody something anything nothing everything whatever whenever wherever whichever otherwise sometimes
            meanwhile nevertheless nonetheless furthermore therefore moreover however beneath within towards
            toward upon across whereas whilst amongst alongside despite unless onto inside outside underneath
            besides always never often perhaps almost rather quite usually sometimes seldom soon ever enough
            indeed instead""");

    /** Connectives that open a sentence and can be left out of a prompt when followed by a comma. */
    static final Set<String> CONNECTIVES = words("""
            however similarly moreover furthermore therefore thus also additionally consequently meanwhile
            nevertheless nonetheless instead still hence indeed finally firstly secondly thirdly lastly likewise
            accordingly otherwise besides today overall then later afterwards""");

    /** Sentence openings that point back to the previous sentence. */
    static final Set<String> ANAPHORIC_STARTS = words("""
            it its they their them he his she her this these that those such there both""");

    /** Words after a number that end what it counts (verbs, prepositions and the like). */
    static final Set<String> COUNT_STOPS = words("""
            taken killed wounded injured missing lost died born left made held seen found used given
            were was are is be been had has have remain remained remains""");

    static final Set<String> UNITS = words("""
            km kilometres kilometers kilometre kilometer m metres meters metre meter cm mm miles mile ft feet
            kg kilograms kilogram g grams tonnes tons t l litres liters ml km2 ha hectares acres
            percent per cent °c °f degrees years months weeks days hours minutes seconds
            million billion thousand hundred trillion""");

    static final Set<String> MULTIPLIERS = words("thousand million billion trillion");

    /** Words before a number that make it approximate. */
    static final Set<String> APPROXIMATIONS = words("about around nearly almost approximately roughly some over circa");

    /** Words before a year that make it a year and not a count. */
    static final Set<String> YEAR_LEADS = words("""
            in since until till by from to of between year years around circa c early late mid before after
            during spring summer autumn fall winter""");

    static final Set<String> PERSON_TITLES = words("""
            president minister dr mr mrs ms miss sir dame king queen prince princess general professor prof
            senator judge saint pope emperor empress tsar sultan shah captain colonel lord lady chancellor
            governor mayor ambassador secretary chairman commander admiral lieutenant sergeant bishop
            archbishop sheikh khan""");

    static final Set<String> PERSON_VERBS = words("""
            said says wrote writes argued argues stated states told explained explains discovered invented
            founded declared announced claimed claims noted notes recalled believed died married studied
            won received described describes proposed suggested led""");

    static final Set<String> ORGANISATION_WORDS = words("""
            watch council organization organisation union army ministry committee agency association party
            university college school institute bank court assembly parliament congress senate commission
            nations company corporation inc ltd foundation society church department office fund programme
            program service federation league forces regiment brigade division times post guardian globe
            independent herald journal tribune news press bbc cnn group alliance academy museum library
            agency board bureau centre center network club team council hospital infirmary allies allied powers""");

    static final Set<String> PLACE_WORDS = words("""
            river mountain mountains mount lake sea ocean island islands valley desert region province city
            county republic kingdom state states bay gulf peninsula strait plain plains forest street square
            basin coast land lands district territory empire oblast canyon falls glacier plateau firth estuary loch
            fjord harbour harbor cape channel bridge tower castle cathedral abbey palace station canal dam gardens
            ridge trench rift plate plates fault hill hills system enclosure complex temple tomb monument cave gate""");

    /** Lower-case words that, following a name, say it is a place ("the Karabakh region"). */
    static final Set<String> PLACE_NOUNS = words("""
            region city town village province district river lake mountains valley area capital country
            territory peninsula island coast border""");

    /** Prepositions that usually precede a place. */
    static final Set<String> PLACE_PREPOSITIONS = words("in at near from into across outside inside throughout towards");

    static final Set<String> NAME_CONNECTORS = words("of the de del da di van von der al bin la le du");

    static final Set<String> COUNTRIES = words("""
            afghanistan albania algeria andorra angola argentina armenia australia austria azerbaijan bahamas
            bahrain bangladesh barbados belarus belgium belize benin bhutan bolivia bosnia botswana brazil
            brunei bulgaria burundi cambodia cameroon canada chad chile china colombia comoros congo croatia
            cuba cyprus czechia denmark djibouti dominica ecuador egypt eritrea estonia eswatini ethiopia fiji
            finland france gabon gambia georgia germany ghana greece grenada guatemala guinea guyana haiti
            honduras hungary iceland india indonesia iran iraq ireland israel italy jamaica japan jordan
            kazakhstan kenya kiribati kosovo kuwait kyrgyzstan laos latvia lebanon lesotho liberia libya
            liechtenstein lithuania luxembourg madagascar malawi malaysia maldives mali malta mauritania
            mauritius mexico micronesia moldova monaco mongolia montenegro morocco mozambique myanmar namibia
            nauru nepal netherlands nicaragua niger nigeria norway oman pakistan palau palestine panama
            paraguay peru philippines poland portugal qatar romania russia rwanda samoa senegal serbia
            seychelles singapore slovakia slovenia somalia spain sudan suriname sweden switzerland syria
            uk usa uae ussr taiwan tajikistan tanzania thailand togo tonga tunisia turkey türkiye turkmenistan tuvalu uganda
            ukraine uruguay uzbekistan vanuatu venezuela vietnam yemen zambia zimbabwe britain england scotland wales""",
            "great britain", "united kingdom", "united states", "soviet union", "northern ireland", "south africa", "new zealand");

    /** Peoples and nationalities whose names no ending gives away: "Arab states", "the Israeli army". */
    static final Set<String> DEMONYMS = words("""
            arab arabs israeli israelis soviet soviets french dutch greek greeks turkish persian ottoman roman romans
            byzantine mongol mongols viking vikings aztec aztecs inca incas maori zulu tonga bantu celtic celts saxon saxons
            norman normans kurdish kurds slav slavs arabic hebrew welsh gaelic latin hindi urdu swahili""");

    /** Continents and large regions: a wrong answer for one of them is another, not a country. */
    static final Set<String> REGIONS = words("""
            europe asia africa america antarctica oceania arctic caucasus balkans scandinavia siberia anatolia""",
            "north america", "south america", "latin america", "middle east", "east asia", "south asia", "central asia",
            "western europe", "eastern europe", "southeast asia", "west africa", "east africa", "north africa");

    /** Names that stand for overlapping land, so that one of them cannot be the wrong answer for another. */
    private static final List<Set<String>> OVERLAPPING = List.of(
            words("britain england scotland wales uk", "great britain", "united kingdom", "northern ireland"),
            words("america usa us", "united states", "north america"),
            words("russia ussr", "soviet union"),
            words("holland netherlands"));

    /** Large cities, known places without a place word in their name. */
    static final Set<String> CITIES = words("""
            london paris berlin moscow rome madrid vienna prague warsaw budapest baku yerevan tbilisi ankara
            istanbul tehran beijing tokyo delhi cairo washington boston chicago geneva brussels amsterdam""");

    static final Set<String> FIRST_NAMES = words("""
            john james robert michael william david richard joseph thomas charles christopher daniel matthew
            george edward henry peter paul mark andrew steven kevin brian jason ronald anthony donald kenneth
            mary patricia jennifer linda elizabeth barbara susan jessica sarah karen nancy lisa margaret betty
            sandra ashley dorothy kimberly emily donna michelle carol amanda melissa deborah stephanie rebecca
            laura helen anna marie ada alan albert alexander alice isaac charles leonardo galileo nikola
            rosalind florence jane emma olivia sophia louis pierre jean jacques franz ludwig wolfgang johann
            karl otto friedrich ivan dmitri sergei vladimir mikhail nikolai boris leo fyodor anton alexei
            ali mehmet mustafa ahmed mohammed muhammad fatima aisha omar hasan huseyn heydar ilham nizami
            rasul jalil uzeyir khurshidbanu natavan serzh levon robert nelson martin winston franklin abraham
            theodore woodrow harry dwight margaret indira mahatma jawaharlal simon marcus julius augustus""");

    /** Offices and ranks; a name made of them ("Chief Justice", "Earl of Feversham") is a title, not a person. */
    static final Set<String> OFFICES = words("""
            chief justice earl duke duchess baron baroness count countess marquess marquis viscount lord lady
            minister secretary general president chancellor governor mayor ambassador commissioner bishop
            archbishop prince princess king queen emperor empress sheriff speaker prime deputy vice exchequer fellow
            member chairman chairwoman director""");

    /** Capitalized words that are never names: time zones, era and time-of-day abbreviations. */
    static final Set<String> NOT_NAMES = Set.of("UTC", "GMT", "BST", "CET", "CEST", "EET", "EEST", "EST", "EDT", "CST", "CDT",
            "MST", "MDT", "PST", "PDT", "MSK", "IST", "JST", "AM", "PM", "AD", "BC", "BCE", "CE", "OK", "TV", "I", "January",
            "February", "March", "April", "June", "July", "August", "September", "October", "November", "December", "Jan", "Feb",
            "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "Monday",
            "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday");

    /**
     * Words that make a name an event, a document, an award or a vessel rather than a person, place
     * or organisation ("Treaty of Versailles", "Battle of Hastings", "Nobel Prize", "RMS Titanic").
     */
    static final Set<String> EVENT_WORDS = words("""
            treaty act declaration agreement convention charter accords accord protocol pact report mission
            programme program operation war battle revolution crisis plan doctrine prize award medal affair
            expedition conference summit campaign movement uprising rebellion siege disaster incident massacre
            flood fire earthquake hurricane storm project rms hms uss ss festival games olympics cup championship
            law bill constitution code manifesto resolution strike riots riot revolt blockade airlift famine
            commission inquiry action death plague pandemic epidemic pax peace dynasty empire era age""");

    /** Adjectives, adverbs and nouns that judge rather than describe; a sign of a source's perspective. */
    static final Set<String> EVALUATIVE = words("""
            brutally brutal barbaric barbarous barbarism heroic heroically heroes glorious tragic tragically horrific
            horrible horrendous atrocious atrocity atrocities cruel cruelly savage savagely shameful shamefully
            shameless heinous evil wicked vile despicable monstrous treacherous treacherously ruthless ruthlessly
            genocidal criminal illegally illegal unlawful unlawfully unprovoked courageous courageously
            martyr martyrs valiant valiantly noble infamous notorious outrageous appalling terrible catastrophic
            devastating deliberately innocent aggressor aggressors cowardly blatant blatantly flagrant flagrantly
            unjust unjustly rightful righteous so-called glorious magnificent splendid wretched villainous
            ungrateful perfidious tyrant tyranny tyrannical usurper usurpers barbarians fanatical fanatics
            disgraceful reckless recklessly baseless groundless unfounded unacceptable irresponsible provocative
            provocation provocations aggressive vandalism shame shameful disgrace disgraceful scandal scandalous
            finest incompetent incompetence negligent negligence callous heartless wretchedness abominable
            pitiful dreadful glorious gallant heroism cowardice
            infamy infamous ruinous proud proudly amazing wonderful remarkable tireless tirelessly generous
            generously outstanding excellent incredible inspiring heartfelt grateful extraordinary vital
            invaluable dedicated selfless misleading untrue regrettable alarmist distorted distortion deplorable
            unjustified unwarranted false falsely
            wickedness villainy popery papist papists romish diabolical hellish impious execrable detestable damnable
            misguided deluded zealots traitorous bloodthirsty godless heretic heretics heretical infidel infidels savages
            iniquitous inhuman oppressive unfair punitive draconian disastrous absurd ridiculous crippling heavy-handed
            ill-conceived unworkable""");

    /** The nouns among the judging words; the others are adjectives, or adverbs when they end in "ly". */
    static final Set<String> EVALUATIVE_NOUNS = words("""
            barbarism heroes atrocity atrocities martyr martyrs aggressor aggressors tyrant tyranny usurper usurpers
            barbarians fanatics provocation provocations vandalism shame disgrace scandal incompetence negligence
            wretchedness heroism cowardice infamy wickedness villainy popery papist papists zealots heretic heretics
            infidel infidels savages""");

    /**
     * Adjectives that describe without judging: wrong options beside a judging adjective, so that
     * the word class does not give the answer away.
     */
    static final Set<String> NEUTRAL_ADJECTIVES = words("""
            large small wide narrow deep shallow new old northern southern eastern western central local national
            public private daily weekly annual wooden white grey main cold warm hot wet dry heavy empty young whole
            official military naval royal political economic religious civil modern ancient medieval rural urban
            coastal foreign domestic industrial chemical natural common rare several different similar nearby
            distant frozen flat steep""");

    /** Adverbs that describe without judging, for the same reason. */
    static final Set<String> NEUTRAL_ADVERBS = words("""
            slowly quickly early later finally officially publicly nearly mostly mainly usually often rarely
            directly gradually recently formally briefly largely partly slightly suddenly quietly together""");

    /** Words in "ly" that are not adverbs. */
    private static final Set<String> NOT_ADVERBS = words("""
            family supply reply apply ally rally belly jelly holy only july italy assembly anomaly monopoly melancholy likely
            unlikely elderly friendly lovely lonely ugly deadly costly orderly early daily weekly monthly yearly homily
            butterfly lily bully fly""");

    /**
     * The word class of a judging word, or of a describing word the lexicon knows; a word in "ly" counts as an adverb
     * ("largely", "nearly"), other words as nouns.
     */
    static WordClass wordClass(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        boolean adverb = lower.endsWith("ly") && lower.length() >= 6 && !NOT_ADVERBS.contains(lower);
        if (NEUTRAL_ADVERBS.contains(lower) || adverb) {
            return WordClass.ADVERB;
        }
        boolean adjective = NEUTRAL_ADJECTIVES.contains(lower) || EVALUATIVE.contains(lower) && !EVALUATIVE_NOUNS.contains(lower);
        return adjective ? WordClass.ADJECTIVE : WordClass.NOUN;
    }

    /** What a word does in a sentence, as far as a wrong option must match it. */
    enum WordClass { NOUN, ADJECTIVE, ADVERB }

    /** Words that accuse or pass a verdict; a sentence with one, in a source with a point of view, states a claim. */
    static final Set<String> ACCUSATIONS = words("""
            crime crimes criminal criminals massacre massacres genocide atrocity atrocities aggression aggressor
            occupied occupation occupying perpetrators perpetrator impunity responsibility responsible guilty guilt
            blame murder murdered murdering murders terror terrorist terrorists terrorism violated violation
            violations illegally illegal unlawful deliberately brutally targeting cleansing accountability
            justice punish punished punishment condemn condemns condemned aggression invaded invasion invaders
            annexation annexed looted looting destroyed destruction expelled expulsion""");

    /** Verbs and nouns that introduce what another source says or found. */
    static final Set<String> REPORTING = words("""
            called reported reports documented confirmed stated described said wrote found noted published
            recognised recognized condemned estimated estimates corroborate corroborates corroborated testified
            testimony testimonies witnesses recorded cited quoted quotes according investigation investigations
            findings survey census""");

    /** Words after a name that make it a source the text relies on ("the Court of Inquiry found", "X said"). */
    static final Set<String> SOURCE_VERBS = words("""
            said says stated states reported reports wrote writes according estimated estimates documented testified
            recorded quoted called survey census poll recognised recognized confirmed found concluded corroborate
            corroborates corroborated""");

    /** Verbs that give someone's words: a quotation next to one is that person's, not a title or a phrase the author borrows. */
    static final Set<String> SPEECH_VERBS = words("""
            said says say told tells asked asks replied replies answered answers declared declares wrote writes recalled recalls
            announced announces stated states shouted cried exclaimed added adds insisted insists warned warns explained explains
            remarked remarks protested protests proclaimed proclaims promised promises complained complains admitted admits
            argued argues claimed claims""");

    private EnglishLexicon() {}

    /** True for a country, continent or large city the lexicon knows. */
    static boolean isKnownPlace(String lowerCaseName) {
        return COUNTRIES.contains(lowerCaseName) || REGIONS.contains(lowerCaseName) || CITIES.contains(lowerCaseName);
    }

    static boolean isStopWord(String word) {
        return FUNCTION_WORDS.contains(word.toLowerCase(Locale.ROOT));
    }

    private static Set<String> words(String list, String... names) {
        return Set.copyOf(Stream.concat(Arrays.stream(list.split("\\s+")).filter(word -> !word.isEmpty()), Arrays.stream(names)).toList());
    }

    /** True when the two places are one, or one lies in the other as far as the lexicon knows ("England", "Britain"). */
    static boolean overlap(String a, String b) {
        String first = bare(a);
        String second = bare(b);
        if (first.equals(second)) {
            return true;
        }
        for (Set<String> group : OVERLAPPING) {
            if (group.contains(first) && group.contains(second)) {
                return true;
            }
        }
        return false;
    }

    /** A place's name in lower case without a leading "the" ("the Netherlands" is "netherlands"). */
    static String bare(String place) {
        String lower = place.toLowerCase(Locale.ROOT);
        return lower.startsWith("the ") ? lower.substring(4) : lower;
    }

    private static Map<String, Integer> months() {
        String[] names = {"january", "february", "march", "april", "may", "june", "july", "august", "september",
            "october", "november", "december"};
        Map<String, Integer> months = new HashMap<>();
        for (int i = 0; i < names.length; i++) {
            months.put(names[i], i + 1);
            months.put(names[i].substring(0, 3), i + 1);
        }
        months.put("sept", 9);
        return Map.copyOf(months);
    }
}
