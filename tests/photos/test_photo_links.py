"""Photo stores: presigned links, deletion, and other files (exports) beside the photos;
S3 through boto3 against moto's server on loopback."""

from __future__ import annotations

import urllib.request
from collections.abc import Iterator

import boto3
import pytest

from wms.core.photos import LocalPhotoStore, PhotoError, S3PhotoStore

PNG = b"\x89PNG\r\n\x1a\n" + b"\x01" * 24


@pytest.fixture(scope="module")
def s3_endpoint() -> Iterator[str]:
    from moto.server import ThreadedMotoServer

    server = ThreadedMotoServer(ip_address="127.0.0.1", port=0, verbose=False)
    server.start()
    host, port = server.get_host_and_port()
    yield f"http://{host}:{port}"
    server.stop()


@pytest.fixture
def s3(s3_endpoint, monkeypatch):
    monkeypatch.setenv("AWS_ENDPOINT_URL", s3_endpoint)
    monkeypatch.setenv("AWS_ACCESS_KEY_ID", "testing")
    monkeypatch.setenv("AWS_SECRET_ACCESS_KEY", "testing")
    monkeypatch.setenv("AWS_DEFAULT_REGION", "us-east-1")
    client = boto3.client("s3")
    client.create_bucket(Bucket="wms-links")
    return client


def test_an_s3_photo_has_a_presigned_link_that_serves_it(s3):
    store = S3PhotoStore("wms-links", "photos")
    key = store.put(PNG, owner="5")
    link = store.link(key, expires_seconds=300)
    assert link is not None and "X-Amz-Signature=" in link and "X-Amz-Expires=300" in link
    with urllib.request.urlopen(link, timeout=10) as response:
        assert response.read() == PNG
    with pytest.raises(PhotoError):
        store.link("../secrets.txt")


def test_deleting_an_s3_photo_removes_the_object_and_may_be_repeated(s3):
    store = S3PhotoStore("wms-links", "photos")
    key = store.put(PNG, owner="5")
    store.delete(key)
    with pytest.raises(KeyError):
        store.get(key)
    store.delete(key)  # already gone: fine
    assert all(o["Key"] != f"photos/{key}"
               for o in s3.list_objects_v2(Bucket="wms-links").get("Contents", []))  # fmt: skip


def test_other_files_go_beside_the_photos_under_safe_names(s3, tmp_path):
    s3_store = S3PhotoStore("wms-links", "photos")
    s3_store.put_file("exports/5/2030-01-02/items.csv", b"name\ndrill\n", content_type="text/csv")
    head = s3.head_object(Bucket="wms-links", Key="photos/exports/5/2030-01-02/items.csv")
    assert head["ContentType"] == "text/csv"
    local = LocalPhotoStore(tmp_path)
    local.put_file("exports/5/2030-01-02/items.csv", b"name\n", content_type="text/csv")
    assert (tmp_path / "exports/5/2030-01-02/items.csv").read_bytes() == b"name\n"
    for bad in ("../x.csv", "/etc/passwd", "exports/../../x", "5/" + "0" * 32 + ".png", ""):
        with pytest.raises(PhotoError):
            local.put_file(bad, b"", content_type="text/plain")
        with pytest.raises(PhotoError):
            s3_store.put_file(bad, b"", content_type="text/plain")


def test_a_local_photo_has_no_link_and_can_be_deleted(tmp_path):
    store = LocalPhotoStore(tmp_path)
    key = store.put(PNG, owner="5")
    assert store.link(key) is None
    store.delete(key)
    assert not (tmp_path / key).exists()
    store.delete(key)
    with pytest.raises(PhotoError):
        store.delete("../../etc/passwd")
