package org.torito.test.corpus.lang;

/** switch statements and expressions over enums: arrows, multiple labels, yield, fall-through and defaults. */
@SuppressWarnings("fallthrough") // falling through is part of what the program tests
public final class EnumSwitches {
    private EnumSwitches() {
    }

    enum Light {
        RED, AMBER, GREEN, FLASHING, OFF
    }

    enum Suit {
        CLUBS, DIAMONDS, HEARTS, SPADES
    }

    public static void main(String[] args) {
        for (Light l : Light.values()) {
            System.out.println(l + " next=" + next(l) + " action=" + action(l) + " score=" + score(l) + " old="
                    + oldStyle(l));
        }
        int red = 0;
        int black = 0;
        for (Suit s : Suit.values()) {
            switch (s) {
                case HEARTS, DIAMONDS -> red++;
                case CLUBS, SPADES -> black++;
            }
            String symbol = switch (s) {
                case CLUBS -> "♣";
                case DIAMONDS -> "♦";
                case HEARTS -> "♥";
                case SPADES -> "♠";
            };
            System.out.print(symbol + s.name().charAt(0) + " ");
        }
        System.out.println("red=" + red + " black=" + black);
        Light nothing = null;
        try {
            System.out.println(action(nothing));
        } catch (NullPointerException e) {
            System.out.println("switch on null: NullPointerException");
        }
        Light l = Light.RED;
        StringBuilder cycle = new StringBuilder();
        for (int i = 0; i < 7; i++) {
            cycle.append(l.name().toLowerCase()).append(i < 6 ? "->" : "");
            l = next(l);
        }
        System.out.println(cycle);
    }

    private static Light next(Light l) {
        return switch (l) {
            case RED -> Light.GREEN;
            case GREEN -> Light.AMBER;
            case AMBER -> Light.RED;
            default -> l;
        };
    }

    private static String action(Light l) {
        return switch (l) {
            case RED, FLASHING -> "stop";
            case AMBER -> {
                String s = "slow";
                yield s + " down";
            }
            case GREEN -> "go";
            case OFF -> {
                if (l.ordinal() > 3) {
                    yield "caution";
                }
                yield "unreachable";
            }
        };
    }

    private static int score(Light l) {
        int s = 0;
        switch (l) {
            case RED:
                s += 100;
            case AMBER:
                s += 10;
                break;
            case GREEN:
                s += 1;
            default:
                s += 1000;
        }
        return s;
    }

    private static String oldStyle(Light l) {
        switch (l) {
            case OFF:
                return "dark";
            case FLASHING:
            case AMBER:
                return "blinky";
            default:
                return "lit " + l.ordinal();
        }
    }
}
