"""The reference's models: the many-to-many relation the m2m_changed examples use."""

from reference.models import Pizza, Topping


def test_a_pizza_has_toppings(db):
    pizza = Pizza.objects.create(name="marinara")
    pizza.toppings.add(Topping.objects.create(name="garlic"))
    assert [str(t) for t in pizza.toppings.all()] == ["garlic"]
    assert str(pizza) == "marinara"
