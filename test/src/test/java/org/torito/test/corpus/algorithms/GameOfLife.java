package org.torito.test.corpus.algorithms;

import org.torito.test.support.Out;

/** Conway's Game of Life on an 8x8 torus held in one long: a glider, a blinker, and a random soup. */
public final class GameOfLife {
    private static long board;

    private GameOfLife() {
    }

    public static void main(String[] args) {
        board = cell(1, 0) | cell(2, 1) | cell(0, 2) | cell(1, 2) | cell(2, 2);
        for (int gen = 0; gen < 4; gen++) {
            print();
            board = step(board);
        }
        long glider = board;
        for (int gen = 4; gen < 32; gen++) {
            board = step(board);
        }
        Out.print(board == glider);
        Out.println();
        Out.println(board);
        board = cell(3, 4) | cell(4, 4) | cell(5, 4);
        long blinker = board;
        board = step(step(board));
        Out.print(board == blinker);
        Out.println();
        board = 0x5DEECE66DL * 0x9E3779B97F4A7C15L;
        for (int gen = 0; gen < 50; gen++) {
            Out.print(population(board));
            Out.print(" ");
            board = step(board);
        }
        Out.println();
        print();
    }

    private static long cell(int x, int y) {
        return 1L << (y * 8 + x);
    }

    private static boolean alive(long b, int x, int y) {
        return (b >>> (((y + 8) % 8) * 8 + (x + 8) % 8) & 1) != 0;
    }

    private static long step(long b) {
        long next = 0;
        for (int y = 0; y < 8; y++) {
            for (int x = 0; x < 8; x++) {
                int n = 0;
                for (int dy = -1; dy <= 1; dy++) {
                    for (int dx = -1; dx <= 1; dx++) {
                        if ((dx != 0 || dy != 0) && alive(b, x + dx, y + dy)) {
                            n++;
                        }
                    }
                }
                if (n == 3 || n == 2 && alive(b, x, y)) {
                    next |= cell(x, y);
                }
            }
        }
        return next;
    }

    private static int population(long b) {
        int n = 0;
        for (; b != 0; b &= b - 1) {
            n++;
        }
        return n;
    }

    private static void print() {
        for (int y = 0; y < 8; y++) {
            for (int x = 0; x < 8; x++) {
                Out.print(alive(board, x, y) ? 'O' : '.');
            }
            Out.println();
        }
        Out.println();
    }
}
