package org.torito.test.corpus.text;

import java.io.IOException;
import java.io.StreamTokenizer;
import java.io.StringReader;
import java.util.Map;
import java.util.TreeMap;

/** A calculator on java.io.StreamTokenizer: numbers, words, operators, comments and quotes; results printed with printf. */
public final class ExpressionTokenizer {
    private final StreamTokenizer tokens;
    private final Map<String, Double> variables;

    private ExpressionTokenizer(String source, Map<String, Double> variables) throws IOException {
        tokens = new StreamTokenizer(new StringReader(source));
        tokens.ordinaryChar('/');
        tokens.ordinaryChar('-');
        tokens.slashSlashComments(true);
        tokens.nextToken();
        this.variables = variables;
    }

    private double expression() throws IOException {
        double value = term();
        while (tokens.ttype == '+' || tokens.ttype == '-') {
            int op = tokens.ttype;
            tokens.nextToken();
            value = op == '+' ? value + term() : value - term();
        }
        return value;
    }

    private double term() throws IOException {
        double value = factor();
        while (tokens.ttype == '*' || tokens.ttype == '/') {
            int op = tokens.ttype;
            tokens.nextToken();
            value = op == '*' ? value * factor() : value / factor();
        }
        return value;
    }

    private double factor() throws IOException {
        if (tokens.ttype == StreamTokenizer.TT_NUMBER) {
            double v = tokens.nval;
            tokens.nextToken();
            return v;
        }
        if (tokens.ttype == StreamTokenizer.TT_WORD) {
            String name = tokens.sval;
            tokens.nextToken();
            Double v = variables.get(name);
            if (v == null) {
                throw new IllegalArgumentException("unknown variable " + name + " at line " + tokens.lineno());
            }
            return v;
        }
        if (tokens.ttype == '-') {
            tokens.nextToken();
            return -factor();
        }
        if (tokens.ttype == '(') {
            tokens.nextToken();
            double v = expression();
            if (tokens.ttype != ')') {
                throw new IllegalArgumentException("expected ) but got " + tokens);
            }
            tokens.nextToken();
            return v;
        }
        throw new IllegalArgumentException("unexpected " + tokens);
    }

    public static void main(String[] args) throws IOException {
        Map<String, Double> vars = new TreeMap<>();
        vars.put("pi", 3.14159);
        vars.put("rate", 0.0825);
        String[] inputs = {"1 + 2 * 3", "(1 + 2) * 3", "10 / 4 - -2", "2 * pi * 10 // circumference", "100 * (1 + rate)",
            "1.5e3", "8 / 0", "-(3 - 5) * 2.5", "x + 1", "(1 + 2", "3 $ 4"};
        for (String input : inputs) {
            try {
                ExpressionTokenizer calc = new ExpressionTokenizer(input, vars);
                double result = calc.expression();
                if (calc.tokens.ttype != StreamTokenizer.TT_EOF) {
                    throw new IllegalArgumentException("trailing " + calc.tokens);
                }
                System.out.printf("%-28s = %10.4f  %s%n", input, result, Double.toString(result));
            } catch (IllegalArgumentException e) {
                System.out.printf("%-28s : %s%n", input, e.getMessage());
            }
        }
        StreamTokenizer st = new StreamTokenizer(new StringReader("name = \"quoted \\\"text\\\"\" 'c' 42 -7.5 end\n/* c */ last"));
        st.slashStarComments(true);
        StringBuilder sb = new StringBuilder();
        while (st.nextToken() != StreamTokenizer.TT_EOF) {
            switch (st.ttype) {
                case StreamTokenizer.TT_WORD -> sb.append("W:").append(st.sval);
                case StreamTokenizer.TT_NUMBER -> sb.append("N:").append(st.nval);
                case '"', '\'' -> sb.append("Q").append((char) st.ttype).append(st.sval);
                default -> sb.append("C:").append((char) st.ttype);
            }
            sb.append(" @").append(st.lineno()).append(' ');
        }
        System.out.println(sb.toString().trim());
    }
}
