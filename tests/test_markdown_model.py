"""The guide model's Markdown reader: CommonMark fences, headings, front matter and diagrams."""

from __future__ import annotations

from scripts.guide.markdown import Document

NESTED = """---
family: ads
---

# Page {#page}

````markdown
```python
## Not a heading
```

```mermaid
flowchart LR
  A --> B
```
````

## Real heading {#real}

```python
x = 1
```

## After code {#after data-aliases="old"}

??? question "Folded"
    ```mermaid
    flowchart TB
      C --> D
    ```

~~~
```mermaid
not a diagram
```
~~~
"""


def test_a_fence_shown_inside_a_longer_fence_is_code_not_a_heading_or_diagram() -> None:
    page = Document(NESTED, "docs/page.md")
    assert [(h.line, h.level, h.anchor) for h in page.headings] == [
        (5, 1, "page"), (18, 2, "real"), (24, 2, "after")]
    assert [(d.line, d.source.splitlines()[0]) for d in page.diagrams] == [(27, "flowchart TB")]
    assert page.diagrams[0].file_line(2) == "docs/page.md:29"


def test_a_fence_with_an_info_string_does_not_close_a_block() -> None:
    page = Document("```\n```python\n## inside\n```\n\n## outside {#outside}\n", "p.md")
    assert [h.title for h in page.headings] == ["outside"]


def test_malformed_front_matter_is_reported_with_its_line_not_raised() -> None:
    page = Document("---\nfamily: ads\ntask: [unclosed\n---\n\n# T {#t}\n", "docs/scenarios/x.md")
    assert page.front_matter.error is not None
    assert page.front_matter.error.startswith("3: front matter is not valid YAML")
    assert page.headings[0].title == "T"


def test_section_items_join_continuation_lines() -> None:
    page = Document("## References {#references}\n\n- One,\n  continued.\n- Two.\n\n## Next {#next}\n- Not.\n", "p")
    assert page.section_items("references") == [(3, "One, continued."), (5, "Two.")]
