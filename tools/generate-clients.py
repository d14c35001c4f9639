#!/usr/bin/env python3
"""Developer tool, not part of the build: writes the typed HTTP interfaces and model records of the Management API
for the given OpenAPI tags from an OpenAPI document (the one a running Umbraco serves at
/umbraco/swagger/management/swagger.json).

    python3 tools/generate-clients.py path/to/umbraco-openapi.json

The output is committed source; review the diff after regenerating. Hand-written types (CurrentUser, User, Page,
Permission, the user client's original methods) are never overwritten.
"""
import json
import keyword
import os
import re
import sys

TAGS = ["Document", "Document Type", "Document Version", "Document Blueprint", "Media", "Media Type",
        "Temporary File", "Data Type", "Dictionary", "Language", "Culture", "Segment", "Template", "Tag", "Relation",
        "Relation Type", "Redirect Management",
        # people and operations
        "Member", "Member Type", "Member Group", "User", "User Group", "Webhook", "Health Check", "Indexer",
        "Searcher", "Server"]
API_PREFIX = "/umbraco/management/api/v1"
ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "umbraco-mgmt-autoconfigure", "src", "main",
                    "java", "io", "github", "umbracomgmt", "client")
MODEL_PACKAGE = "io.github.umbracomgmt.client.model"
CLIENT_PACKAGE = "io.github.umbracomgmt.client"
HAND_WRITTEN = {"ProblemDetails": None, "CurrentUserResponseModel": "CurrentUser", "UserResponseModel": "User",
                "DocumentPermissionPresentationModel": "Permission.Document",
                "DocumentPropertyValuePermissionPresentationModel": "Permission.DocumentPropertyValue",
                "UnknownTypePermissionPresentationModel": "Permission.Unknown"}
# oneOf sets of $type-discriminated schemas and the interface that stands for them
POLYMORPHIC_NAMES = {
    frozenset(["DocumentPermissionPresentationModel", "DocumentPropertyValuePermissionPresentationModel",
               "UnknownTypePermissionPresentationModel"]): "Permission",
}
HAND_WRITTEN_POLYMORPHIC = {"Permission"}
# hand-written conveniences kept on generated interfaces (the user client's original methods)
EXTRA_METHODS = {
    "User": """	/**
	 * The user the access token acts for: with client credentials, the API user ({@code GET /user/current}).
	 * @return the current user
	 */
	default Mono<CurrentUser> getCurrentUser() {
		return getUserCurrent();
	}

	/**
	 * One user ({@code GET /user/{id}}).
	 * @param id the user's id
	 * @return the user; fails with {@link io.github.umbracomgmt.error.UmbracoNotFoundException} when unknown
	 */
	default Mono<User> getUser(UUID id) {
		return getUserById(id);
	}

	/**
	 * One page of users ({@code GET /user?skip=&take=}).
	 * @param skip how many users to skip
	 * @param take how many users to return at most
	 * @return the page, with the total across all pages
	 */
	default Mono<Page<User>> getUsers(int skip, int take) {
		return getUser(skip, take);
	}

	/**
	 * Every user, fetching pages of {@code pageSize} lazily as the returned Flux is consumed.
	 * @param pageSize the page size
	 * @return all users
	 */
	default Flux<User> getAllUsers(int pageSize) {
		return getUserAll(pageSize);
	}
""",
}
JAVA_KEYWORDS = set(keyword.kwlist) | {"abstract", "assert", "boolean", "byte", "case", "catch", "char", "class",
    "const", "default", "do", "double", "enum", "extends", "final", "finally", "float", "goto", "implements",
    "import", "instanceof", "int", "interface", "long", "native", "new", "package", "private", "protected",
    "public", "return", "short", "static", "strictfp", "super", "switch", "synchronized", "this", "throw",
    "throws", "transient", "volatile", "void", "while", "record", "var", "yield", "sealed", "permits"}

doc = json.load(open(sys.argv[1]))
schemas = doc["components"]["schemas"]


def ref_name(ref):
    return ref.split("/")[-1]


def java_name(schema_name):
    if schema_name in HAND_WRITTEN:
        return HAND_WRITTEN[schema_name]
    name = re.sub(r"Model$", "", schema_name)
    if name.startswith("I") and len(name) > 1 and name[1].isupper():
        name = name[1:]
    return name


def is_paged(name):
    s = schemas[name]
    return name.startswith("Paged") and set(s.get("properties", {})) == {"total", "items"}


def single_ref(s):
    if "$ref" in s:
        return ref_name(s["$ref"])
    if "oneOf" in s and len(s["oneOf"]) == 1 and "$ref" in s["oneOf"][0]:
        return ref_name(s["oneOf"][0]["$ref"])
    return None


polymorphic = {}  # frozenset of schema names -> interface java name


def poly_name(names):
    key = frozenset(names)
    if key not in polymorphic:
        if key in POLYMORPHIC_NAMES:
            polymorphic[key] = POLYMORPHIC_NAMES[key]
        elif "DefaultReferenceResponseModel" in key:
            # the items of PagedIReferenceResponseModel: IReferenceResponseModel
            polymorphic[key] = "ReferenceResponse"
        else:
            raise SystemExit("name this oneOf set in POLYMORPHIC_NAMES: " + ", ".join(sorted(key)))
    return polymorphic[key]


used = set()


def java_type(s, boxed=True):
    r = single_ref(s)
    if r:
        used.add(r)
        if is_paged(r):
            return "Page<" + java_type(schemas[r]["properties"]["items"]["items"]) + ">"
        return java_name(r)
    if "oneOf" in s and len(s["oneOf"]) == 1:
        return java_type(s["oneOf"][0])
    if "oneOf" in s:
        names = [ref_name(x["$ref"]) for x in s["oneOf"]]
        for n in names:
            used.add(n)
        return poly_name(names)
    t = s.get("type")
    f = s.get("format")
    if t == "string":
        if "enum" in s:
            raise SystemExit("inline enum not supported: " + json.dumps(s))
        return {"uuid": "UUID", "date-time": "OffsetDateTime", "binary": "byte[]"}.get(f, "String")
    if t == "integer":
        return "Long" if f == "int64" else "Integer"
    if t == "number":
        return "Double"
    if t == "boolean":
        return "Boolean"
    if t == "array":
        return "List<" + java_type(s["items"]) + ">"
    if t == "object":
        ap = s.get("additionalProperties")
        if isinstance(ap, dict) and ap:
            return "Map<String, " + java_type(ap) + ">"
        return "Map<String, Object>"
    return "Object"


def field_name(json_name):
    n = json_name
    if n == "$type":
        return "type"
    n = re.sub(r"[^A-Za-z0-9_]", "_", n)
    n = n[0].lower() + n[1:]
    if n[0].isdigit():
        n = "_" + n
    if n in JAVA_KEYWORDS:
        n = n + "Value"
    return n


def javadoc_text(text):
    if not text:
        return None
    text = text.replace("*/", "* /").replace("@", "{@literal @}").replace("<", "&lt;").replace(">", "&gt;")
    return " ".join(text.split())


def imports_for(code):
    imports = []
    for cls, imp in [("UUID", "java.util.UUID"), ("OffsetDateTime", "java.time.OffsetDateTime"),
                     ("List<", "java.util.List"), ("Map<", "java.util.Map"), ("Set<", "java.util.Set"),
                     ("Objects.", "java.util.Objects"), ("Stream<", "java.util.stream.Stream")]:
        if re.search(r"\b" + re.escape(cls), code):
            imports.append(imp)
    return imports


def model_names():
    names = {java_name(n) for n in schemas if n not in HAND_WRITTEN or HAND_WRITTEN[n]}
    names = {n.split(".")[0] for n in names}
    names |= {"Page", "ReferenceResponse", "Permission"}
    return names - {"Created"}


def write(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w") as f:
        f.write(text)


def gen_enum(name, s):
    jn = java_name(name)
    consts = []
    for v in s["enum"]:
        const = re.sub(r"([a-z0-9])([A-Z])", r"\1_\2", v).upper()
        const = re.sub(r"[^A-Z0-9_]", "_", const)
        consts.append(f'\t/** {{@code {v}}}. */\n\tpublic static final {jn} {const} = new {jn}("{v}");\n')
    body = f"""package {MODEL_PACKAGE};

import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The {{@code {name}}} values of the Management API. An open set: the constants are the values known today, and a
 * value a newer Umbraco sends is kept as it is instead of failing deserialization.
 *
 * @param value the value as Umbraco sends it
 * @author umbraco-mgmt
 */
public record {jn}(@JsonValue String value) {{

{chr(10).join(consts)}
	/**
	 * Creates a value.
	 */
	public {jn} {{
		Objects.requireNonNull(value, "value must not be null");
	}}

	/**
	 * The value for a string Umbraco sent.
	 * @param value the string
	 * @return the value
	 */
	@JsonCreator
	public static {jn} of(String value) {{
		return new {jn}(value);
	}}

	@Override
	public String toString() {{
		return this.value;
	}}

}}
"""
    write(os.path.join(ROOT, "model", jn + ".java"), body)


def gen_record(name, s, implements=None):
    jn = java_name(name)
    props = s.get("properties", {})
    required = set(s.get("required", []))
    comps = []
    params = []
    names = set()
    for pn, ps in props.items():
        if implements and pn == "$type":
            continue
        t = java_type(ps)
        fn = field_name(pn)
        if fn in names:
            raise SystemExit(f"duplicate field {fn} in {name}")
        names.add(fn)
        ann = f'@JsonProperty("{pn}") ' if fn != pn else ""
        if pn in required:
            # required members are sent even when null (e.g. "template": null); optional nulls are left out
            ann = "@JsonInclude(JsonInclude.Include.ALWAYS) " + ann
        comps.append(f"{ann}{t} {fn}")
        desc = javadoc_text(ps.get("description")) or f"the {{@code {pn}}}" + (" (required)" if pn in required else "")
        params.append(f" * @param {fn} {desc}")
    desc = javadoc_text(s.get("description")) or f"The Management API's {{@code {name}}}."
    impl = f" implements {implements}" if implements else ""
    comp_text = ",\n\t\t".join(comps)
    code = f"public record {jn}(\n\t\t{comp_text}){impl} {{\n}}\n" if comps else f"public record {jn}(){impl} {{\n}}\n"
    header_imports = imports_for(code)
    ann_imports = ["com.fasterxml.jackson.annotation.JsonIgnoreProperties",
                   "com.fasterxml.jackson.annotation.JsonInclude"]
    if "@JsonProperty" in code:
        ann_imports.insert(2, "com.fasterxml.jackson.annotation.JsonProperty")
    imp = "".join(f"import {i};\n" for i in sorted(header_imports))
    imp = (imp + "\n" if imp else "") + "".join(f"import {i};\n" for i in ann_imports)
    body = f"""package {MODEL_PACKAGE};

{imp}
/**
 * {desc}
 *
{chr(10).join(params) + chr(10) if params else ''} * @author umbraco-mgmt
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
{code}"""
    write(os.path.join(ROOT, "model", jn + ".java"), body)


def gen_polymorphic(iface, members):
    subtypes = ",\n\t\t".join(
        f'@JsonSubTypes.Type(value = {java_name(m)}.class, name = "{m}")' for m in sorted(members))
    default = "DefaultReferenceResponseModel" if "DefaultReferenceResponseModel" in members else sorted(members)[0]
    body = f"""package {MODEL_PACKAGE};

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/**
 * One of several shapes told apart by Umbraco's {{@code $type}} discriminator. A type a newer Umbraco adds is read as
 * {{@link {java_name(default)}}} instead of failing deserialization.
 *
 * @author umbraco-mgmt
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "$type", defaultImpl = {java_name(default)}.class)
@JsonSubTypes({{ {subtypes} }})
public interface {iface} {{

}}
"""
    write(os.path.join(ROOT, "model", iface + ".java"), body)
    for m in members:
        gen_record(m, schemas[m], implements=iface)


# ---- operations ----
def camel(op_id):
    # versioned operations such as PutUmbracoManagementApiV1.1DocumentByIdValidate1.1
    m = re.match(r"^(Get|Post|Put|Delete|Patch)UmbracoManagementApiV(\d+)\.(\d+)(.*?)\d+\.\d+$", op_id)
    if m:
        op_id = m.group(1) + m.group(4) + "V" + m.group(2) + "_" + m.group(3)
    return op_id[0].lower() + op_id[1:]


def client_name(tag):
    return "Umbraco" + tag.replace(" ", "") + "Client"


def response_type(op):
    responses = op["responses"]
    for code in ("200", "201"):
        if code in responses:
            r = responses[code]
            content = r.get("content", {})
            if code == "201" or not content:
                return "Mono<ResponseEntity<Void>>", None, code
            schema = content.get("application/json", next(iter(content.values()))).get("schema", {})
            jt = java_type(schema)
            if jt == "byte[]":
                return "Mono<byte[]>", None, code
            if jt.startswith("List<"):
                return f"Mono<{jt}>", None, code
            return f"Mono<{jt}>", jt, code
    return "Mono<ResponseEntity<Void>>", None, "?"


def param_decl(p):
    s = p["schema"]
    t = java_type(s)
    name = field_name(p["name"])
    if p["in"] == "path":
        return f'@PathVariable("{p["name"]}") {t} {name}', name, t
    req = "" if p.get("required") else ", required = false"
    return f'@RequestParam(name = "{p["name"]}"{req}) {t} {name}', name, t


ops_by_tag = {t: [] for t in TAGS}
for path, item in doc["paths"].items():
    for method, op in item.items():
        if isinstance(op, dict) and op.get("tags", [""])[0] in TAGS:
            ops_by_tag[op["tags"][0]].append((path, method, op))

operations = []
for tag in TAGS:
    cn = client_name(tag)
    methods = []
    for path, method, op in ops_by_tag[tag]:
        rel = path
        op_id = op["operationId"]
        mname = camel(op_id)
        ret, body_type, code = response_type(op)
        decls = []
        names = []
        for p in op.get("parameters", []):
            d, n, t = param_decl(p)
            decls.append(d)
            names.append((n, t, p))
        extra = ""
        rb = op.get("requestBody")
        if rb:
            content = rb["content"]
            if "multipart/form-data" in content:
                props = content["multipart/form-data"]["schema"]["properties"]
                for pn, ps in props.items():
                    t = "Resource" if ps.get("format") == "binary" else "String"
                    decls.append(f'@RequestPart("{pn}") {t} {field_name(pn)}')
                    names.append((field_name(pn), t, {"name": pn, "in": "part"}))
                extra = ", contentType = MediaType.MULTIPART_FORM_DATA_VALUE"
            else:
                schema = content.get("application/json", next(iter(content.values()))).get("schema", {})
                t = java_type(schema)
                decls.append(f"@RequestBody {t} body")
                names.append(("body", t, {"name": "body", "in": "body"}))
        if ret == "Mono<byte[]>":
            extra += ', accept = "*/*"'
        annotation = {"get": "GetExchange", "post": "PostExchange", "put": "PutExchange", "delete": "DeleteExchange",
                      "patch": "PatchExchange"}[method]
        summary = javadoc_text(op.get("summary")) or javadoc_text(op.get("description"))
        doc_lines = [f"\t/**", f"\t * {{@code {method.upper()} {rel}}} ({{@code {op_id}}})." + (f" {summary}" if summary else "")]
        for n, t, p in names:
            pd = javadoc_text(p.get("description")) or (f"the request body" if p["in"] == "body" else f"the {{@code {p['name']}}} {p['in']} parameter" if p["in"] != "part" else f"the {{@code {p['name']}}} form part")
            doc_lines.append(f"\t * @param {n} {pd}")
        if ret == "Mono<ResponseEntity<Void>>":
            doc_lines.append("\t * @return the response: status and headers, e.g. {@code Umb-Notifications}" + (
                ", {@code Umb-Generated-Resource} and {@code Location}" if code == "201" else ""))
        else:
            doc_lines.append("\t * @return the response body")
        doc_lines.append("\t */")
        url = f'"{rel}"'
        signature = f"\t{ret} {mname}({', '.join(decls)});"
        if len(signature.expandtabs(4)) > 120:
            signature = f"\t{ret} {mname}(" + ",\n\t\t\t".join(decls) + ");"
        methods.append("\n".join(doc_lines) + f"\n\t@{annotation}(url = {url}{extra})\n{signature}\n")
        operations.append((tag, op_id, method.upper(), path, cn, mname))
        # conveniences
        if code == "201" and mname.startswith("post"):
            cname = "create" + mname[4:]
            args = ", ".join(n for n, _, _ in names)
            params_decl = ", ".join(f"{t} {n}" for n, t, _ in names)
            pdocs = "\n".join(f"\t * @param {n} see {{@link #{mname}}}" for n, _, _ in names)
            methods.append(f"""\t/**
\t * Like {{@link #{mname}}}, returning the new resource's id (from {{@code Umb-Generated-Resource}}, else
\t * {{@code Location}}) and the {{@code Umb-Notifications}} of the response.
{pdocs}
\t * @return the created resource
\t */
\tdefault Mono<Created> {cname}({params_decl}) {{
\t\treturn {mname}({args}).map(Created::from);
\t}}
""")
        if body_type and body_type.startswith("Page<"):
            pnames = [n for n, _, _ in names]
            if "skip" in pnames and "take" in pnames:
                item = body_type[5:-1]
                others = [(n, t) for n, t, _ in names if n not in ("skip", "take")]
                pdecl = ", ".join([f"{t} {n}" for n, t in others] + ["int pageSize"])
                call_args = ", ".join("skip" if n == "skip" else "take" if n == "take" else n for n, _, _ in names)
                odocs = "".join(f"\t * @param {n} see {{@link #{mname}}}\n" for n, _ in others)
                oargs = ", ".join([n for n, _ in others] + ["pageSize"])
                methods.append(f"""\t/**
\t * Every item of {{@link #{mname}}}, requesting pages of {{@code pageSize}} lazily as the Flux is consumed.
{odocs}\t * @param pageSize the {{@code take}} of each page request
\t * @return all items
\t */
\tdefault Flux<{item}> {mname}All({pdecl}) {{
\t\treturn Paging.flux((skip, take) -> {mname}({call_args}), pageSize);
\t}}

\t/**
\t * Every item of {{@link #{mname}}} as a blocking stream, requesting pages lazily; close it when done.
{odocs}\t * @param pageSize the {{@code take}} of each page request
\t * @return all items
\t */
\tdefault Stream<{item}> {mname}Stream({pdecl}) {{
\t\treturn {mname}All({oargs}).toStream();
\t}}
""")
    if tag in EXTRA_METHODS:
        methods.append(EXTRA_METHODS[tag])
    code = "\n".join(methods)
    imps = set(imports_for(code))
    spring = ["org.springframework.http.ResponseEntity"] if "ResponseEntity" in code else []
    if "MediaType." in code:
        spring.append("org.springframework.http.MediaType")
    if "Resource " in code:
        spring.append("org.springframework.core.io.Resource")
    for a, imp in [("@PathVariable", "org.springframework.web.bind.annotation.PathVariable"),
                   ("@RequestParam", "org.springframework.web.bind.annotation.RequestParam"),
                   ("@RequestBody", "org.springframework.web.bind.annotation.RequestBody"),
                   ("@RequestPart", "org.springframework.web.bind.annotation.RequestPart"),
                   ("@GetExchange", "org.springframework.web.service.annotation.GetExchange"),
                   ("@PostExchange", "org.springframework.web.service.annotation.PostExchange"),
                   ("@PutExchange", "org.springframework.web.service.annotation.PutExchange"),
                   ("@DeleteExchange", "org.springframework.web.service.annotation.DeleteExchange"),
                   ("@PatchExchange", "org.springframework.web.service.annotation.PatchExchange")]:
        if a in code:
            spring.append(imp)
    spring.append("org.springframework.web.service.annotation.HttpExchange")
    java_imports = sorted(i for i in imps)
    used_models = sorted(set(re.findall(r"\b[A-Z][A-Za-z0-9]*\b", code)) & model_names())
    model_imports = "".join(f"import {MODEL_PACKAGE}.{m};\n" for m in used_models)
    reactor = ["reactor.core.publisher.Mono"] + (["reactor.core.publisher.Flux"] if "Flux<" in code else [])
    text = f"""package {CLIENT_PACKAGE};

{''.join(f'import {i};{chr(10)}' for i in java_imports)}
{''.join(f'import {i};{chr(10)}' for i in sorted(reactor))}
{''.join(f'import {i};{chr(10)}' for i in sorted(set(spring)))}
{model_imports}
/**
 * The {{@code {tag}}} operations of the Umbraco Management API ({len(ops_by_tag[tag])} operations), as the OpenAPI
 * document defines them: paths, methods, parameters and field names. Every call is authenticated with the
 * application's shared access token; errors arrive as {{@link io.github.umbracomgmt.error.UmbracoException}}s.
 *
 * <p>Methods are named after the document's operation ids. Operations that answer with status and headers only
 * return the {{@link org.springframework.http.ResponseEntity}}: read {{@code Umb-Notifications}} with
 * {{@link Created#notifications(org.springframework.http.ResponseEntity)}}.
 *
 * @author umbraco-mgmt
 */
@HttpExchange(accept = "application/json")
public interface {cn} {{

{code}
}}
"""
    text = text.replace("\n\n\n", "\n\n")
    write(os.path.join(ROOT, cn + ".java"), text)

# models reachable from the operations (closure), after the interfaces registered what they use
done = set()
poly_done = set()
while True:
    todo = [n for n in used if n not in done]
    if not todo:
        pending = [k for k in polymorphic if k not in poly_done]
        if not pending:
            break
        for k in pending:
            poly_done.add(k)
            if polymorphic[k] not in HAND_WRITTEN_POLYMORPHIC:
                gen_polymorphic(polymorphic[k], k)
        continue
    for n in todo:
        done.add(n)
        s = schemas[n]
        if n in HAND_WRITTEN or is_paged(n):
            if is_paged(n):
                java_type(s["properties"]["items"]["items"])
            continue
        if "enum" in s:
            gen_enum(n, s)
        elif any(set([n]) <= k for k in polymorphic):
            continue
        else:
            gen_record(n, s)

with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "umbraco-mgmt-autoconfigure", "src", "test",
                       "resources", "management-api-operations.tsv"), "w") as f:
    f.write("# tag\toperationId\tmethod\tpath (the operations the typed clients must cover; from the OpenAPI document)\n")
    for op in operations:
        f.write("\t".join(op[:4]) + "\n")
print(len(operations), "operations,", len(done), "schemas")
