package com.mockmate.scoring;

import java.util.Arrays;

/**
 * Martin Porter's 1980 English stemmer, after his reference C implementation. LanguageTool brings Lucene core but not
 * its analyzers, so the stemmer is here instead of a new dependency. It conflates inflections ("indexes", "indexed",
 * "indexing" → "index") well enough for matching key points; it is not a lemmatizer and need not produce real words.
 */
final class PorterStemmer {

    private char[] b;
    private int k;
    private int j;

    private PorterStemmer(String word) {
        b = word.toCharArray();
        k = b.length - 1;
    }

    /** Stems a lower-case word; words of up to two letters and anything that is not plain letters pass unchanged. */
    static String stem(String word) {
        if (word.length() <= 2 || !word.chars().allMatch(c -> c >= 'a' && c <= 'z')) {
            return word;
        }
        var stemmer = new PorterStemmer(word);
        stemmer.step1ab();
        if (stemmer.k > 0) {
            stemmer.step1c();
            stemmer.step2();
            stemmer.step3();
            stemmer.step4();
            stemmer.step5();
        }
        return new String(stemmer.b, 0, stemmer.k + 1);
    }

    private boolean cons(int i) {
        return switch (b[i]) {
            case 'a', 'e', 'i', 'o', 'u' -> false;
            case 'y' -> i == 0 || !cons(i - 1);
            default -> true;
        };
    }

    /** The number of vowel-consonant sequences in b[0..j]. */
    private int m() {
        int n = 0;
        int i = 0;
        while (true) {
            if (i > j) return n;
            if (!cons(i)) break;
            i++;
        }
        i++;
        while (true) {
            while (true) {
                if (i > j) return n;
                if (cons(i)) break;
                i++;
            }
            i++;
            n++;
            while (true) {
                if (i > j) return n;
                if (!cons(i)) break;
                i++;
            }
            i++;
        }
    }

    private boolean vowelInStem() {
        for (int i = 0; i <= j; i++) if (!cons(i)) return true;
        return false;
    }

    private boolean doubleConsonant(int i) {
        return i >= 1 && b[i] == b[i - 1] && cons(i);
    }

    private boolean cvc(int i) {
        if (i < 2 || !cons(i) || cons(i - 1) || !cons(i - 2)) return false;
        return b[i] != 'w' && b[i] != 'x' && b[i] != 'y';
    }

    private boolean ends(String s) {
        int length = s.length();
        int offset = k - length + 1;
        if (offset < 0) return false;
        for (int i = 0; i < length; i++) if (b[offset + i] != s.charAt(i)) return false;
        j = k - length;
        return true;
    }

    private void setTo(String s) {
        int length = s.length();
        int offset = j + 1;
        if (offset + length > b.length) {
            b = Arrays.copyOf(b, offset + length);
        }
        for (int i = 0; i < length; i++) b[offset + i] = s.charAt(i);
        k = j + length;
    }

    private void replaceIfMeasured(String s) {
        if (m() > 0) setTo(s);
    }

    private void step1ab() {
        if (b[k] == 's') {
            if (ends("sses")) k -= 2;
            else if (ends("ies")) setTo("i");
            else if (b[k - 1] != 's') k--;
        }
        if (ends("eed")) {
            if (m() > 0) k--;
        } else if ((ends("ed") || ends("ing")) && vowelInStem()) {
            k = j;
            if (ends("at")) setTo("ate");
            else if (ends("bl")) setTo("ble");
            else if (ends("iz")) setTo("ize");
            else if (doubleConsonant(k)) {
                k--;
                char ch = b[k];
                if (ch == 'l' || ch == 's' || ch == 'z') k++;
            } else if (m() == 1 && cvc(k)) setTo("e");
        }
    }

    private void step1c() {
        if (ends("y") && vowelInStem()) b[k] = 'i';
    }

    private static final String[][] STEP2 = {
        {"ational", "ate"}, {"tional", "tion"}, {"enci", "ence"}, {"anci", "ance"}, {"izer", "ize"}, {"bli", "ble"},
        {"alli", "al"}, {"entli", "ent"}, {"eli", "e"}, {"ousli", "ous"}, {"ization", "ize"}, {"ation", "ate"},
        {"ator", "ate"}, {"alism", "al"}, {"iveness", "ive"}, {"fulness", "ful"}, {"ousness", "ous"}, {"aliti", "al"},
        {"iviti", "ive"}, {"biliti", "ble"}, {"logi", "log"}
    };

    private static final String[][] STEP3 = {
        {"icate", "ic"}, {"ative", ""}, {"alize", "al"}, {"iciti", "ic"}, {"ical", "ic"}, {"ful", ""}, {"ness", ""}
    };

    private static final String[] STEP4 = {
        "al", "ance", "ence", "er", "ic", "able", "ible", "ant", "ement", "ment", "ent", "ion", "ou", "ism", "ate",
        "iti", "ous", "ive", "ize"
    };

    private void step2() {
        replaceFirstSuffix(STEP2);
    }

    private void step3() {
        replaceFirstSuffix(STEP3);
    }

    /** The reference implementation dispatches on one letter; trying suffixes in table order picks the same rule. */
    private void replaceFirstSuffix(String[][] table) {
        for (String[] rule : table) {
            if (ends(rule[0])) {
                replaceIfMeasured(rule[1]);
                return;
            }
        }
    }

    private void step4() {
        for (String suffix : STEP4) {
            if (ends(suffix)) {
                if (suffix.equals("ion") && (j < 0 || (b[j] != 's' && b[j] != 't'))) return;
                if (m() > 1) k = j;
                return;
            }
        }
    }

    private void step5() {
        j = k;
        if (b[k] == 'e') {
            int a = m();
            if (a > 1 || (a == 1 && !cvc(k - 1))) k--;
        }
        if (b[k] == 'l' && doubleConsonant(k) && m() > 1) k--;
    }
}
