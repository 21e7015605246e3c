package org.torito.test.corpus.text;

import java.io.BufferedReader;
import java.io.StringReader;
import java.util.List;
import java.util.Scanner;
import java.util.stream.Collectors;

/** Text as streams: BufferedReader.lines, String.lines and chars, Scanner.tokens, collected and summed. */
public final class LineStreams {
    private LineStreams() {
    }

    public static void main(String[] args) {
        List<String> lines = new BufferedReader(new StringReader("b\na\n\nc\nb\n")).lines().collect(Collectors.toList());
        System.out.println(lines + " " + lines.size());
        String csv = "name,qty,price\nbolt,100,0.05\nnut,250,0.02\nwasher,75,0.01\n";
        double total = new BufferedReader(new StringReader(csv)).lines().skip(1).map(l -> l.split(","))
                .mapToDouble(f -> Integer.parseInt(f[1]) * Double.parseDouble(f[2])).sum();
        System.out.printf("total %.2f%n", total);
        System.out.println("one\r\ntwo\rthree\n".lines().map(String::toUpperCase).collect(Collectors.joining("|")));
        System.out.println("héllo".chars().mapToObj(Integer::toHexString).collect(Collectors.joining(" ")));
        System.out.println(new Scanner("x y z").tokens().map(String::toUpperCase).collect(Collectors.toList()));
        System.out.println(new Scanner("a1b22c333").findAll("\\d+").map(r -> r.group()).collect(Collectors.joining(",")));
    }
}
