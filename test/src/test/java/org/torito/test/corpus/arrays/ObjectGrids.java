package org.torito.test.corpus.arrays;

import org.torito.test.support.Out;

/**
 * Two-dimensional arrays of objects made by multianewarray ({@code new Cell[r][c]}): null until filled,
 * cells linked to their neighbours, a breadth-first flood fill with an int[] queue counting regions, a
 * per-row replacement of cells by a subclass, and the same Cell referenced from two grids.
 */
public final class ObjectGrids {
    static class Cell {
        final int row;
        final int column;
        final char terrain;
        int region = -1;
        Cell east;
        Cell south;

        Cell(int row, int column, char terrain) {
            this.row = row;
            this.column = column;
            this.terrain = terrain;
        }

        char show() {
            return terrain;
        }
    }

    static final class Marked extends Cell {
        Marked(Cell c) {
            super(c.row, c.column, c.terrain);
        }

        @Override
        char show() {
            return '*';
        }
    }

    private static int height;
    private static int width;

    private ObjectGrids() {
    }

    static int floodFill(Cell[][] grid) {
        int regions = 0;
        int[] queue = new int[height * width];
        for (int r = 0; r < height; r++) {
            for (int c = 0; c < width; c++) {
                if (grid[r][c].region >= 0) {
                    continue;
                }
                char t = grid[r][c].terrain;
                int head = 0;
                int tail = 0;
                queue[tail++] = r * width + c;
                grid[r][c].region = regions;
                while (head < tail) {
                    int at = queue[head++];
                    int y = at / width;
                    int x = at % width;
                    int[][] steps = {{0, 1}, {1, 0}, {0, -1}, {-1, 0}};
                    for (int[] s : steps) {
                        int ny = y + s[0];
                        int nx = x + s[1];
                        if (ny >= 0 && ny < height && nx >= 0 && nx < width && grid[ny][nx].region < 0
                                && grid[ny][nx].terrain == t) {
                            grid[ny][nx].region = regions;
                            queue[tail++] = ny * width + nx;
                        }
                    }
                }
                regions++;
            }
        }
        return regions;
    }

    public static void main(String[] args) {
        height = 5;
        width = 8;
        char[][] map = {
            {'~', '~', '#', '#', '.', '.', '~', '~'},
            {'~', '#', '#', '.', '.', '~', '~', '#'},
            {'.', '.', '#', '.', '~', '~', '#', '#'},
            {'.', '~', '~', '.', '.', '#', '#', '.'},
            {'#', '~', '.', '.', '#', '#', '.', '.'},
        };

        Cell[][] grid = new Cell[height][width];
        Out.println(grid[height - 1][width - 1] == null);
        for (int r = 0; r < height; r++) {
            for (int c = 0; c < width; c++) {
                grid[r][c] = new Cell(r, c, map[r][c]);
            }
        }
        for (int r = 0; r < height; r++) {
            for (int c = 0; c < width; c++) {
                grid[r][c].east = c + 1 < width ? grid[r][c + 1] : null;
                grid[r][c].south = r + 1 < height ? grid[r + 1][c] : null;
            }
        }
        int walked = 0;
        for (Cell c = grid[0][0]; c != null; c = (walked & 1) == 0 ? c.east : c.south) {
            Out.print(c.terrain);
            walked++;
        }
        Out.println();
        Out.println(walked);

        Out.println(floodFill(grid));
        for (Cell[] row : grid) {
            for (Cell c : row) {
                Out.print((char) ('a' + c.region));
            }
            Out.println();
        }

        int marked = 0;
        for (int r = 0; r < height; r++) {
            for (int c = 0; c < width; c++) {
                if (grid[r][c].region == grid[2][3].region) {
                    grid[r][c] = new Marked(grid[r][c]);
                    marked++;
                }
            }
        }
        Out.println(marked);
        for (Cell[] row : grid) {
            for (Cell c : row) {
                Out.print(c.show());
            }
            Out.println();
        }
        Out.println(grid[0][4].east == grid[0][5]);

        Cell[][] columns = new Cell[width][height];
        for (int r = 0; r < height; r++) {
            for (int c = 0; c < width; c++) {
                columns[c][r] = grid[r][c];
            }
        }
        Out.println(columns[3][2] == grid[2][3]);
        Out.println(columns[3][2] instanceof Marked);
        Object[][] plain = columns;
        Out.println(plain[width - 1][height - 1] instanceof Cell);
    }
}
