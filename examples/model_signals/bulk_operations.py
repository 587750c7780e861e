"""Publishing many posts: one query and no signals, or one save() per post and signals."""


def publish_all(posts):
    # A single UPDATE: fast, but pre_save and post_save are not sent for any row.
    return posts.update(published=True)


def publish_each(posts):
    # One UPDATE per row: slower, but every receiver sees every post.
    count = 0
    for post in posts.filter(published=False):
        post.published = True
        post.save(update_fields=["published"])
        count += 1
    return count
