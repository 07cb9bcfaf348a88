package org.fond.bench;

/** An EDTF date (or the start of an interval) as the int {@code yyyymmdd} the floor indexes; 0 when unreadable. */
final class DateKey {
    private DateKey() {
    }

    static int of(String edtf) {
        String s = edtf.strip();
        int slash = s.indexOf('/');
        if (slash >= 0) {
            s = s.substring(0, slash);
        }
        if (s.length() < 4 || !s.substring(0, 4).chars().allMatch(Character::isDigit)) {
            return 0;
        }
        int year = Integer.parseInt(s.substring(0, 4));
        int month = s.length() >= 7 && Character.isDigit(s.charAt(5)) && Character.isDigit(s.charAt(6))
                ? Integer.parseInt(s.substring(5, 7)) : 1;
        int day = s.length() >= 10 && Character.isDigit(s.charAt(8)) && Character.isDigit(s.charAt(9))
                ? Integer.parseInt(s.substring(8, 10)) : 1;
        return year * 10_000 + Math.max(1, Math.min(12, month)) * 100 + Math.max(1, Math.min(31, day));
    }

    /** The key moved by whole years. */
    static int shift(int key, int years) {
        return key == 0 ? 0 : key + years * 10_000;
    }
}
