package no.innspill.analysis;

import java.util.Arrays;
import java.util.List;

/** Word 3-shingles of a text as sorted, distinct 64-bit hashes, and the set arithmetic campaigns need on them. */
final class Shingles {

    static final int WORDS = 3;
    static final long[] NONE = new long[0];

    private Shingles() {
    }

    /** The shingles of one piece of text; a text shorter than three words has its words as one shingle. */
    static long[] of(List<String> words) {
        if (words.isEmpty()) {
            return NONE;
        }
        int count = Math.max(1, words.size() - WORDS + 1);
        long[] hashes = new long[count];
        for (int i = 0; i < count; i++) {
            long hash = 0xcbf29ce484222325L;
            for (int j = i; j < Math.min(words.size(), i + WORDS); j++) {
                hash = fnv(hash, words.get(j));
                hash = (hash ^ ' ') * 0x100000001b3L;
            }
            hashes[i] = mix(hash);
        }
        return distinct(hashes);
    }

    static long[] union(List<long[]> parts) {
        int size = 0;
        for (long[] part : parts) {
            size += part.length;
        }
        long[] all = new long[size];
        int at = 0;
        for (long[] part : parts) {
            System.arraycopy(part, 0, all, at, part.length);
            at += part.length;
        }
        return distinct(all);
    }

    static long[] distinct(long[] hashes) {
        long[] sorted = hashes.clone();
        Arrays.sort(sorted);
        int size = 0;
        for (int i = 0; i < sorted.length; i++) {
            if (i == 0 || sorted[i] != sorted[i - 1]) {
                sorted[size++] = sorted[i];
            }
        }
        return Arrays.copyOf(sorted, size);
    }

    /** How many shingles two sorted sets share. */
    static int shared(long[] a, long[] b) {
        int i = 0;
        int j = 0;
        int shared = 0;
        while (i < a.length && j < b.length) {
            if (a[i] == b[j]) {
                shared++;
                i++;
                j++;
            } else if (a[i] < b[j]) {
                i++;
            } else {
                j++;
            }
        }
        return shared;
    }

    static boolean contains(long[] sorted, long hash) {
        return Arrays.binarySearch(sorted, hash) >= 0;
    }

    /** The bottom value of each of {@code count} hash functions over the set: its MinHash signature. */
    static long[] minHash(long[] shingles, int count) {
        long[] signature = new long[count];
        Arrays.fill(signature, Long.MAX_VALUE);
        for (long shingle : shingles) {
            for (int k = 0; k < count; k++) {
                long hash = mix(shingle ^ SEEDS[k]);
                if (hash < signature[k]) {
                    signature[k] = hash;
                }
            }
        }
        return signature;
    }

    private static final long[] SEEDS = seeds(128);

    private static long[] seeds(int count) {
        long[] seeds = new long[count];
        long state = 0x9E3779B97F4A7C15L;
        for (int i = 0; i < count; i++) {
            state += 0x9E3779B97F4A7C15L;
            seeds[i] = mix(state);
        }
        return seeds;
    }

    private static long fnv(long hash, String word) {
        for (int i = 0; i < word.length(); i++) {
            hash = (hash ^ word.charAt(i)) * 0x100000001b3L;
        }
        return hash;
    }

    /** SplitMix64's finaliser: spreads the bits of a hash. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
