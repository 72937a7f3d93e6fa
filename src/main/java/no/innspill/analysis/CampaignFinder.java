package no.innspill.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finds campaigns (exact copies, near-copies and a template plus the sender's own text) and one sender's repeated
 * submissions among the responses of a consultation. Deterministic: the same responses give the same campaigns.
 *
 * <p>Each response is a set of word 3-shingles. MinHash signatures banded for locality-sensitive hashing give the
 * candidate pairs without comparing all pairs; a candidate is a near-copy when the shingle sets' Jaccard similarity is at
 * least {@value #NEAR_COPY} and they share at least {@value #MIN_SHARED} shingles (two short answers that happen to share
 * a sentence are not a campaign). Near-copies form groups; a group of at least {@value #MIN_SENDERS} senders is a
 * campaign, a group within one sender a duplicate. A campaign's template is what at least half its members share; a
 * response that holds most of a template joins it even when its own text makes it too long to be a near-copy.
 */
public final class CampaignFinder {

    static final double NEAR_COPY = 0.4;
    static final int MIN_SHARED = 20;
    /**
     * Fewest shingles a campaign's template has (about 30 words): organic answers put together from the same common
     * sentences are not a campaign, and a single sentence is no template to join.
     */
    static final int MIN_TEMPLATE = 30;
    static final int MIN_SENDERS = 5;
    /** Share of a template's shingles a response must hold to join the campaign. */
    static final double JOINS = 0.6;
    /** Share of a sentence's shingles in the template for the sentence to be the template's, not the sender's own. */
    static final double TEMPLATE_SENTENCE = 0.5;
    /** Fewest words of a text for copies of it to be a campaign ("Ja." sent by many is not). */
    static final int MIN_CAMPAIGN_WORDS = 8;

    private static final int BANDS = 32;
    private static final int ROWS = 2;
    private static final int LEADERS_PER_BUCKET = 8;

    /** The campaigns and duplicates among the responses, largest first. */
    public List<Campaign> find(List<AnalysedResponse> responses) {
        List<CopyText> texts = responses.stream().map(CopyText::new).toList();
        Groups groups = new Groups(texts.size());
        sameText(texts, groups);
        nearCopies(texts, groups);
        List<Campaign> found = new ArrayList<>();
        boolean[] taken = new boolean[texts.size()];
        List<List<Integer>> campaignMembers = new ArrayList<>();
        for (List<Integer> group : groups.all()) {
            Map<String, List<Integer>> bySender = bySender(texts, group);
            if (bySender.size() >= MIN_SENDERS) {
                campaignMembers.add(group);
                group.forEach(i -> taken[i] = true);
            } else {
                for (List<Integer> ofOne : bySender.values()) {
                    if (ofOne.size() >= 2 && texts.get(ofOne.get(0)).words >= 3) {
                        found.add(duplicate(texts, ofOne));
                        ofOne.forEach(i -> taken[i] = true);
                    }
                }
            }
        }
        List<long[]> templates = new ArrayList<>();
        for (int c = 0; c < campaignMembers.size(); c++) {
            long[] template = template(texts, campaignMembers.get(c));
            if (template.length >= MIN_TEMPLATE) {
                templates.add(template);
            } else {
                List<Integer> members = campaignMembers.remove(c--);
                members.forEach(i -> taken[i] = false);
                for (List<Integer> ofOne : bySender(texts, members).values()) {
                    if (ofOne.size() >= 2 && texts.get(ofOne.get(0)).words >= 3) {
                        found.add(duplicate(texts, ofOne));
                        ofOne.forEach(i -> taken[i] = true);
                    }
                }
            }
        }
        joinByTemplate(texts, taken, campaignMembers, templates);
        for (int c = 0; c < campaignMembers.size(); c++) {
            found.add(campaign(texts, campaignMembers.get(c), templates.get(c)));
        }
        found.sort(Comparator.comparingInt(Campaign::size).reversed()
                .thenComparing(campaign -> campaign.members().get(0), Comparator.naturalOrder()));
        return List.copyOf(found);
    }

    /**
     * Whether a response that arrives later belongs to a campaign found earlier, given the campaign's fingerprint; when it
     * does, the text the sender added (empty when none).
     */
    public Optional<String> joins(long[] fingerprint, AnalysedResponse response) {
        CopyText text = new CopyText(response);
        return holdsTemplate(text.shingles, fingerprint) ? Optional.of(text.added(fingerprint)) : Optional.empty();
    }

    private static boolean holdsTemplate(long[] shingles, long[] template) {
        if (template.length == 0) {
            return false;
        }
        int shared = Shingles.shared(shingles, template);
        return shared >= Math.min(MIN_SHARED, template.length) && shared >= JOINS * template.length;
    }

    private static void sameText(List<CopyText> texts, Groups groups) {
        Map<String, Integer> first = new HashMap<>();
        for (int i = 0; i < texts.size(); i++) {
            CopyText text = texts.get(i);
            if (text.words == 0) {
                continue;
            }
            Integer earlier = first.putIfAbsent(text.normalised, i);
            if (earlier != null && (text.words >= MIN_CAMPAIGN_WORDS || sameSender(texts.get(earlier), text))) {
                groups.join(earlier, i);
            }
        }
    }

    private static boolean sameSender(CopyText a, CopyText b) {
        return a.response.sender() != null && a.response.sender().equals(b.response.sender());
    }

    private static void nearCopies(List<CopyText> texts, Groups groups) {
        long[][] signatures = new long[texts.size()][];
        for (int i = 0; i < texts.size(); i++) {
            if (texts.get(i).shingles.length >= MIN_SHARED) {
                signatures[i] = Shingles.minHash(texts.get(i).shingles, BANDS * ROWS);
            }
        }
        for (int band = 0; band < BANDS; band++) {
            Map<Long, List<Integer>> leaders = new HashMap<>();
            for (int i = 0; i < texts.size(); i++) {
                if (signatures[i] == null) {
                    continue;
                }
                long key = 17;
                for (int row = 0; row < ROWS; row++) {
                    key = Shingles.mix(key * 31 + signatures[i][band * ROWS + row]);
                }
                List<Integer> bucket = leaders.computeIfAbsent(key, k -> new ArrayList<>(2));
                boolean placed = false;
                for (int leader : bucket) {
                    if (groups.same(leader, i) || nearCopy(texts.get(leader).shingles, texts.get(i).shingles)) {
                        groups.join(leader, i);
                        placed = true;
                        break;
                    }
                }
                if (!placed && bucket.size() < LEADERS_PER_BUCKET) {
                    bucket.add(i);
                }
            }
        }
    }

    static boolean nearCopy(long[] a, long[] b) {
        int shared = Shingles.shared(a, b);
        return shared >= MIN_SHARED && shared >= NEAR_COPY * (a.length + b.length - shared);
    }

    private static Map<String, List<Integer>> bySender(List<CopyText> texts, List<Integer> group) {
        Map<String, List<Integer>> bySender = new LinkedHashMap<>();
        for (int i : group) {
            String sender = texts.get(i).response.sender();
            bySender.computeIfAbsent(sender == null ? "#" + i : sender, s -> new ArrayList<>()).add(i);
        }
        return bySender;
    }

    /** The shingles at least half the members have. */
    private static long[] template(List<CopyText> texts, List<Integer> members) {
        Map<Long, Integer> counts = new HashMap<>();
        for (int i : members) {
            for (long shingle : texts.get(i).shingles) {
                counts.merge(shingle, 1, Integer::sum);
            }
        }
        return Shingles.distinct(counts.entrySet().stream()
                .filter(count -> 2 * count.getValue() >= members.size())
                .mapToLong(Map.Entry::getKey).toArray());
    }

    private static void joinByTemplate(List<CopyText> texts, boolean[] taken, List<List<Integer>> campaigns, List<long[]> templates) {
        Map<Long, List<Integer>> campaignsOf = new HashMap<>();
        for (int c = 0; c < templates.size(); c++) {
            for (long shingle : templates.get(c)) {
                campaignsOf.computeIfAbsent(shingle, s -> new ArrayList<>(1)).add(c);
            }
        }
        for (int i = 0; i < texts.size(); i++) {
            if (taken[i]) {
                continue;
            }
            int[] hits = new int[templates.size()];
            for (long shingle : texts.get(i).shingles) {
                for (int c : campaignsOf.getOrDefault(shingle, List.of())) {
                    hits[c]++;
                }
            }
            int best = -1;
            for (int c = 0; c < hits.length; c++) {
                if (holdsTemplate(texts.get(i).shingles, templates.get(c)) && (best < 0 || hits[c] > hits[best])) {
                    best = c;
                }
            }
            if (best >= 0) {
                campaigns.get(best).add(i);
                taken[i] = true;
            }
        }
        campaigns.forEach(members -> members.sort(Comparator.naturalOrder()));
    }

    private static Campaign campaign(List<CopyText> texts, List<Integer> members, long[] template) {
        CopyText typical = members.stream().map(texts::get)
                .max(Comparator.comparingInt((CopyText text) -> text.fit(template)).thenComparing(text -> -texts.indexOf(text)))
                .orElseThrow();
        Map<String, String> added = new LinkedHashMap<>();
        for (int i : members) {
            String own = texts.get(i).added(template);
            if (!own.isEmpty()) {
                added.put(texts.get(i).response.id(), own);
            }
        }
        return new Campaign(Campaign.Kind.CAMPAIGN, typical.templatePart(template), ids(texts, members), added, template);
    }

    private static Campaign duplicate(List<CopyText> texts, List<Integer> members) {
        CopyText first = texts.get(members.get(0));
        return new Campaign(Campaign.Kind.DUPLICATE, first.full(), ids(texts, members), Map.of(), first.shingles);
    }

    private static List<String> ids(List<CopyText> texts, List<Integer> members) {
        return members.stream().map(i -> texts.get(i).response.id()).toList();
    }

    /** Union-find over response indexes; groups come out in the order of their first member. */
    private static final class Groups {
        private final int[] parent;

        Groups(int size) {
            parent = new int[size];
            Arrays.setAll(parent, i -> i);
        }

        int root(int i) {
            while (parent[i] != i) {
                parent[i] = parent[parent[i]];
                i = parent[i];
            }
            return i;
        }

        boolean same(int a, int b) {
            return root(a) == root(b);
        }

        void join(int a, int b) {
            int ra = root(a);
            int rb = root(b);
            if (ra != rb) {
                parent[Math.max(ra, rb)] = Math.min(ra, rb);
            }
        }

        List<List<Integer>> all() {
            Map<Integer, List<Integer>> groups = new LinkedHashMap<>();
            for (int i = 0; i < parent.length; i++) {
                groups.computeIfAbsent(root(i), r -> new ArrayList<>()).add(i);
            }
            return groups.values().stream().filter(group -> group.size() > 1).toList();
        }
    }
}
