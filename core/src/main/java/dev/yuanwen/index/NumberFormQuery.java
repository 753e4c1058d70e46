package dev.yuanwen.index;

import java.io.IOException;
import java.util.Objects;
import org.apache.lucene.index.FilteredTermsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.MultiTermQuery;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.util.AttributeSource;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.BytesRefBuilder;
import org.apache.lucene.util.StringHelper;

/**
 * The index tokens that hold one Chinese form of a number ({@link NumberForms#tokenHas}): the
 * form, and the form followed by what may not continue it (47 finds 47, 47% and 47万, not 470).
 * Like a {@code PrefixQuery} that skips the longer numbers: it walks the terms under the form's
 * prefix and seeks past a run of tokens the next character rules out, so it builds no automaton
 * (a regular expression query per form cost more than the search itself). Constant score, as a
 * regular expression or prefix query.
 */
final class NumberFormQuery extends MultiTermQuery {
  private final String form;
  private final BytesRef prefix;

  NumberFormQuery(String field, String form) {
    super(field, CONSTANT_SCORE_BLENDED_REWRITE);
    if (form.isEmpty()) {
      throw new IllegalArgumentException("empty number form");
    }
    this.form = form;
    this.prefix = new BytesRef(form);
  }

  @Override
  protected TermsEnum getTermsEnum(Terms terms, AttributeSource atts) throws IOException {
    return new FormEnum(terms.iterator());
  }

  private final class FormEnum extends FilteredTermsEnum {
    private final BytesRefBuilder seek = new BytesRefBuilder();
    private boolean started;

    FormEnum(TermsEnum terms) {
      super(terms, true); // starts by seeking to the form
    }

    @Override
    protected BytesRef nextSeekTerm(BytesRef current) {
      if (!started) {
        started = true;
        return prefix;
      }
      return seek.get();
    }

    @Override
    protected AcceptStatus accept(BytesRef term) {
      if (!StringHelper.startsWith(term, prefix)) {
        return AcceptStatus.END;
      }
      if (term.length == prefix.length) {
        return AcceptStatus.YES;
      }
      int next = codePointAt(term, term.offset + prefix.length);
      if (NumberForms.mayFollow(form, next)) {
        return AcceptStatus.YES;
      }
      // every token that goes on with this character is ruled out: skip to the next character
      seek.copyBytes(prefix);
      seek.append(new BytesRef(new String(Character.toChars(next + 1))));
      return AcceptStatus.NO_AND_SEEK;
    }
  }

  /** The code point whose UTF-8 encoding starts at {@code at} (a term's bytes are valid UTF-8). */
  static int codePointAt(BytesRef b, int at) {
    int lead = b.bytes[at] & 0xFF;
    if (lead < 0x80) {
      return lead;
    }
    int n = lead >= 0xF0 ? 3 : lead >= 0xE0 ? 2 : 1;
    int cp = lead & (0x3F >> n);
    for (int i = 1; i <= n; i++) {
      cp = (cp << 6) | (b.bytes[at + i] & 0x3F);
    }
    return cp;
  }

  @Override
  public void visit(QueryVisitor visitor) {
    if (visitor.acceptField(getField())) {
      visitor.visitLeaf(this);
    }
  }

  @Override
  public String toString(String field) {
    return (getField().equals(field) ? "" : getField() + ":") + "number(" + form + ")";
  }

  @Override
  public boolean equals(Object other) {
    return sameClassAs(other) && field.equals(((NumberFormQuery) other).field) && form.equals(((NumberFormQuery) other).form);
  }

  @Override
  public int hashCode() {
    return Objects.hash(classHash(), field, form);
  }
}
